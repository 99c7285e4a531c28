package dev.flaglint.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A parsed and validated flags file: the flags it declares, in file order, and every problem found.
 * Reading never throws: an unreadable or malformed file yields a {@link Problem} of kind
 * {@link Problem.Kind#SYNTAX} and no flags. Immutable and safe to share between threads.
 */
public final class FlagsFile {

    /** Starts the problem reported if reading ever failed unexpectedly; tests look for it. */
    static final String INTERNAL_ERROR = "could not be read because of an internal error; please report it: ";

    private final String source;
    private final Map<String, Flag> flags;
    private final List<Problem> problems;

    FlagsFile(String source, LinkedHashMap<String, Flag> flags, List<Problem> problems) {
        this.source = source;
        this.flags = Collections.unmodifiableMap(flags);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads {@code path} (YAML, or JSON for a {@code .json} name). At most {@link Limits#MAX_FILE_BYTES} are
     * read; the bytes are decoded as {@link #parse(String, byte[], Format)} does.
     */
    public static FlagsFile read(Path path) {
        String source = path.toString();
        try {
            return parse(source, readBytes(path), Format.ofFileName(String.valueOf(path.getFileName())));
        } catch (IOException e) {
            return unreadable(source, e);
        } catch (RuntimeException e) { // a file system that refuses in its own way
            return unreadable(source, new Position(1, 1), "cannot read the file: " + e);
        }
    }

    /** Reads a stream (closed here) as {@link #parse(String, byte[], Format)}; {@code source} names it in problems. */
    public static FlagsFile read(String source, InputStream in, Format format) {
        try (in) {
            return parse(source, FlagsFileText.readAtMostLimit(in), format);
        } catch (IOException e) {
            return unreadable(source, e);
        } catch (RuntimeException e) { // a stream that fails in its own way
            return unreadable(source, new Position(1, 1), "cannot read the file: " + e);
        }
    }

    /**
     * Parses a file's bytes: strict UTF-8 (a malformed byte is a problem at its line), a leading byte order
     * mark ignored, more than {@link Limits#MAX_FILE_BYTES} a problem. Every way of reading a file comes here.
     */
    public static FlagsFile parse(String source, byte[] content, Format format) {
        return parse(source, () -> FlagsFileText.decode(content), format);
    }

    /** Parses flags-file text; {@code source} names it in problems. The same limits apply as to bytes. */
    public static FlagsFile parse(String source, String content, Format format) {
        return parse(source, () -> FlagsFileText.of(content), format);
    }

    private static FlagsFile parse(String source, Supplier<FlagsFileText.Decoded> text, Format format) {
        try {
            return new FlagsFileParser(source).parse(text.get(), format);
        } catch (RuntimeException e) {
            // Never reached by any input the tests know of (FlagsFileFuzzTest looks for this message); here so
            // that reading stays total even so.
            return unreadable(source, new Position(1, 1), INTERNAL_ERROR + e);
        }
    }

    /**
     * The bytes of a regular file, at most one more than {@link Limits#MAX_FILE_BYTES} (parsing them then
     * reports the file too large), so a huge file or a device costs no more than that.
     */
    public static byte[] readBytes(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException(attributes.isDirectory() ? "it is a directory, not a file"
                    : "it is not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return FlagsFileText.readAtMostLimit(in);
        }
    }

    /** A file that could not be read: no flags, and one problem saying why. */
    public static FlagsFile unreadable(String source, IOException cause) {
        if (cause instanceof NoSuchFileException) {
            // What to do depends on the reader (a plugin setting, a runtime call): its caller says.
            return unreadable(source, new Position(1, 1), "file not found");
        }
        if (cause instanceof AccessDeniedException) {
            return unreadable(source, new Position(1, 1), "cannot read the file: permission denied; make it readable");
        }
        return unreadable(source, new Position(1, 1), "cannot read the file: " + cause.getMessage());
    }

    private static FlagsFile unreadable(String source, Position at, String message) {
        Problem p = new Problem(Problem.Kind.SYNTAX, Problem.Severity.ERROR, source, at, null, null, message);
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
