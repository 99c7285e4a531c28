package dev.flaglint.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed and validated flags file: the flags it declares, in file order, and every problem found.
 * Reading never throws: an unreadable or malformed file yields a {@link Problem} of kind
 * {@link Problem.Kind#SYNTAX} and no flags. Immutable and safe to share between threads.
 */
public final class FlagsFile {

    private final String source;
    private final Map<String, Flag> flags;
    private final List<Problem> problems;

    FlagsFile(String source, LinkedHashMap<String, Flag> flags, List<Problem> problems) {
        this.source = source;
        this.flags = Collections.unmodifiableMap(flags);
        this.problems = List.copyOf(problems);
    }

    /** Reads {@code path} (YAML, or JSON for a {@code .json} name). */
    public static FlagsFile read(Path path) {
        String source = path.toString();
        try {
            return parse(source, Files.readString(path, StandardCharsets.UTF_8),
                    Format.ofFileName(path.getFileName().toString()));
        } catch (NoSuchFileException e) {
            return unreadable(source, "file not found"); // what to do depends on the reader: its caller says
        } catch (IOException | RuntimeException e) {
            return unreadable(source, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads a stream (closed here); {@code source} names it in problems. */
    public static FlagsFile read(String source, InputStream in, Format format) {
        try (in) {
            return parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8), format);
        } catch (IOException | RuntimeException e) {
            return unreadable(source, "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses flags-file text; {@code source} names it in problems. */
    public static FlagsFile parse(String source, String content, Format format) {
        return new FlagsFileParser(source).parse(content, format);
    }

    private static FlagsFile unreadable(String source, String message) {
        Problem p = new Problem(Problem.Kind.SYNTAX, Problem.Severity.ERROR, source, new Position(1, 1),
                null, null, message);
        return new FlagsFile(source, new LinkedHashMap<>(), List.of(p));
    }

    /** The file as named by the caller. */
    public String source() {
        return source;
    }

    /** Declared flags by key, in file order. */
    public Map<String, Flag> flags() {
        return flags;
    }

    public Optional<Flag> flag(String key) {
        return Optional.ofNullable(flags.get(key));
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** False when the file could not be read or parsed at all, so its flag list means nothing. */
    public boolean isReadable() {
        return problems.stream().noneMatch(p -> p.kind() == Problem.Kind.SYNTAX);
    }
}
