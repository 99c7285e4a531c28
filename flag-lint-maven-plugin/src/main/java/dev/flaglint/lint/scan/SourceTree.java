package dev.flaglint.lint.scan;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The Java files of some source roots, read and parsed on demand and at most once. A file is
 * parsed only when a call site may be in it or a constant in it is needed, which keeps the scan
 * near the cost of reading the files. One instance per check run: it owns its JavaParser, which is
 * not thread-safe.
 */
public final class SourceTree {

    private final List<SourceRoot> roots;
    private final List<SourceFile> files;
    private final Map<Path, SourceFile> filesByPath = new HashMap<>();
    private final JavaParser parser;
    private final Map<Path, String> texts = new HashMap<>();
    private final Map<Path, Optional<CompilationUnit>> units = new HashMap<>();
    private final Map<Path, ParseFailure> failures = new LinkedHashMap<>();

    /**
     * @param roots    source roots, in priority order (a type found in an earlier root wins)
     * @param included which files to consider, by display path
     */
    public SourceTree(List<SourceRoot> roots, Predicate<String> included) {
        this.roots = List.copyOf(roots);
        this.files = listFiles(this.roots, included);
        files.forEach(f -> filesByPath.putIfAbsent(f.path(), f));
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setAttributeComments(false);
        this.parser = new JavaParser(configuration);
    }

    private static List<SourceFile> listFiles(List<SourceRoot> roots, Predicate<String> included) {
        List<SourceFile> result = new ArrayList<>();
        for (SourceRoot root : roots) {
            if (!Files.isDirectory(root.directory())) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root.directory())) {
                walk.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
                        .sorted()
                        .forEach(p -> {
                            String display = displayPath(root.moduleDir(), p);
                            if (included.test(display)) {
                                result.add(new SourceFile(p.toAbsolutePath().normalize(), display, root));
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root.directory(), e);
            }
        }
        return List.copyOf(result);
    }

    static String displayPath(Path moduleDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = moduleDir.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** Every included file, roots in order, each root's files sorted by path. */
    public List<SourceFile> files() {
        return files;
    }

    /** The file's text (decoded as UTF-8, malformed bytes replaced), read once. */
    public String text(SourceFile file) {
        return texts.computeIfAbsent(file.path(), SourceTree::read);
    }

    private static String read(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The parsed file, or empty when it does not parse (then {@link #failures()} says why). */
    public Optional<CompilationUnit> parse(SourceFile file) {
        return units.computeIfAbsent(file.path(), p -> doParse(file));
    }

    private Optional<CompilationUnit> doParse(SourceFile file) {
        ParseResult<CompilationUnit> result = parser.parse(text(file));
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return result.getResult();
        }
        Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        int line = 1;
        int column = 1;
        if (first != null && first.getLocation().isPresent()) {
            var begin = first.getLocation().get().getBegin().getRange();
            if (begin.isPresent()) {
                line = begin.get().begin.line;
                column = begin.get().begin.column;
            }
        }
        String message = first == null ? "unknown parse error" : first.getMessage().lines().findFirst().orElse("");
        failures.put(file.path(), new ParseFailure(file, line, column, message));
        return Optional.empty();
    }

    /** Files that did not parse, in the order they were tried. */
    public List<ParseFailure> failures() {
        return List.copyOf(failures.values());
    }

    /**
     * The file that should declare {@code qualifiedName} by Java's one-public-top-level-type-per-file
     * convention: for {@code a.b.Outer.Inner}, {@code a/b/Outer/Inner.java} or {@code a/b/Outer.java}.
     */
    public Optional<SourceFile> fileDeclaring(String qualifiedName) {
        String[] parts = qualifiedName.split("\\.");
        for (int end = parts.length; end >= 1; end--) {
            String relative = String.join("/", java.util.Arrays.copyOfRange(parts, 0, end)) + ".java";
            for (SourceRoot root : roots) {
                SourceFile f = filesByPath.get(root.directory().resolve(relative).toAbsolutePath().normalize());
                if (f != null) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
