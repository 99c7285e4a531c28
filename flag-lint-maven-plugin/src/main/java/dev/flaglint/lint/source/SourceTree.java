package dev.flaglint.lint.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The Java files of some source roots, parsed on demand and at most once. Only files that may hold
 * a call site, and files declaring a type a call site needs (a constant, an enum, a supertype), are
 * ever parsed. One instance per check run; each thread parsing through it gets its own JavaParser
 * (JavaParser is not thread-safe).
 */
public final class SourceTree {

    private final List<SourceRoot> roots;
    private final List<SourceFile> files;
    private final Map<Path, SourceFile> filesByPath = new HashMap<>();
    private final ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(SourceTree::newParser);
    private final Map<Path, Optional<CompilationUnit>> units = new ConcurrentHashMap<>();
    private final Map<Path, ParseFailure> failures = new ConcurrentHashMap<>();

    /**
     * @param roots    source roots, in priority order (a type found in an earlier root wins)
     * @param included which files to consider
     */
    public SourceTree(List<SourceRoot> roots, Predicate<SourceFile> included) {
        this.roots = List.copyOf(roots);
        this.files = listFiles(this.roots, included);
        files.forEach(f -> filesByPath.putIfAbsent(f.path(), f));
    }

    private static JavaParser newParser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setAttributeComments(false));
    }

    private static List<SourceFile> listFiles(List<SourceRoot> roots, Predicate<SourceFile> included) {
        List<SourceFile> result = new ArrayList<>();
        for (SourceRoot root : roots) {
            Path dir = root.directory().toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                continue;
            }
            String base = ModulePaths.prefixOf(root.moduleDir());
            List<SourceFile> found = new ArrayList<>();
            // Split the tree into enough subtrees to walk them on all cores (package trees are deep and narrow).
            List<Path> subtrees = new ArrayList<>(List.of(dir));
            for (int depth = 0; depth < 6 && subtrees.size() < 64; depth++) {
                List<Path> next = new ArrayList<>();
                for (Path d : subtrees) {
                    try (DirectoryStream<Path> children = Files.newDirectoryStream(d)) {
                        for (Path child : children) {
                            BasicFileAttributes attrs = Files.readAttributes(child, BasicFileAttributes.class,
                                    LinkOption.NOFOLLOW_LINKS);
                            if (attrs.isDirectory()) {
                                next.add(child);
                            } else {
                                addIfJava(child, attrs, root, base, included, found);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list " + d, e);
                    }
                }
                subtrees = next;
            }
            for (List<SourceFile> part : Parallel.map(subtrees, d -> walk(d, root, base, included))) {
                found.addAll(part);
            }
            found.sort(Comparator.comparing(f -> f.path().toString()));
            result.addAll(found);
        }
        return List.copyOf(result);
    }

    /** One walk of a subtree that also yields each file's size and time: no second stat per file. */
    private static List<SourceFile> walk(Path dir, SourceRoot root, String base, Predicate<SourceFile> included) {
        List<SourceFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    addIfJava(file, attrs, root, base, included, found);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return found;
    }

    private static void addIfJava(Path file, BasicFileAttributes attrs, SourceRoot root, String base,
                                  Predicate<SourceFile> included, List<SourceFile> found) {
        if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
            SourceFile f = new SourceFile(file, ModulePaths.shown(base, file.toString()), root, attrs.size(),
                    attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            if (included.test(f)) {
                found.add(f);
            }
        }
    }

    /** Every included file, roots in order, each root's files sorted by path. */
    public List<SourceFile> files() {
        return files;
    }

    /** The file's bytes. */
    public static byte[] bytes(SourceFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    /**
     * Loads the parser's classes on a background thread while the caller reads bytes: on a cold JVM
     * the first parse costs a few hundred milliseconds, most of a small scan.
     */
    public static void warmUpParser() {
        java.util.concurrent.CompletableFuture.runAsync(() -> newParser().parse("class W { void f() { g(\"x\"); } }"));
    }

    /** Parses {@code batch} on a few worker threads; afterwards {@link #parse} answers from memory. */
    public void parseAll(Collection<SourceFile> batch) {
        Parallel.map(List.copyOf(batch), this::parse);
    }

    /** The parsed file, or empty when it does not parse (then {@link #failures()} says why). */
    public Optional<CompilationUnit> parse(SourceFile file) {
        Optional<CompilationUnit> unit = units.get(file.path());
        if (unit == null) {
            unit = doParse(file);
            units.put(file.path(), unit);
        }
        return unit;
    }

    private Optional<CompilationUnit> doParse(SourceFile file) {
        String text = new String(bytes(file), StandardCharsets.UTF_8); // malformed bytes become U+FFFD
        ParseResult<CompilationUnit> result;
        try {
            result = parsers.get().parse(text);
        } catch (RuntimeException e) {
            failures.put(file.path(), new ParseFailure(file, 1, 1, "the parser failed: " + e));
            return Optional.empty();
        }
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

    /** How many files were parsed (successfully or not). */
    public int parsedCount() {
        return units.size();
    }

    /** Files that did not parse, by path. */
    public List<ParseFailure> failures() {
        return failures.values().stream().sorted(Comparator.comparing(f -> f.file().path())).toList();
    }

    /**
     * The file that should declare {@code qualifiedName} by Java's one-public-top-level-type-per-file
     * convention: for {@code a.b.Outer.Inner}, {@code a/b/Outer/Inner.java} or {@code a/b/Outer.java}.
     */
    public Optional<SourceFile> fileDeclaring(String qualifiedName) {
        String[] parts = qualifiedName.split("\\.");
        for (int end = parts.length; end >= 1; end--) {
            String relative = String.join("/", Arrays.copyOfRange(parts, 0, end)) + ".java";
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
