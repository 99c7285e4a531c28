package dev.flaglint.lint.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * The Java files of some source roots, parsed on demand and at most once. Only files that may hold
 * a call site, and files declaring a type a call site needs (a constant, an enum, a supertype), are
 * ever parsed. One instance per check run; each thread parsing through it gets its own JavaParser
 * (JavaParser is not thread-safe). Parse on a {@link Parallel} thread: syntax trees are as deep as
 * the code nests.
 */
public final class SourceTree {

    /** Marks a file whose bytes differed between two reads. */
    private static final long UNSTABLE = 1;

    private final List<SourceRoot> roots;
    private final List<SourceFile> files;
    private final List<ParseFailure> loops;
    private final Map<Path, SourceFile> filesByPath = new HashMap<>();
    private final Map<String, SourceFile> secondaryTypes = new ConcurrentHashMap<>();
    private final ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(SourceTree::newParser);
    private final Map<Path, Optional<CompilationUnit>> units = new ConcurrentHashMap<>();
    private final Map<Path, ParseFailure> failures = new ConcurrentHashMap<>();
    private final Set<Path> watched = ConcurrentHashMap.newKeySet();
    private final Map<Path, Long> readHashes = new ConcurrentHashMap<>();
    private final Set<Path> read = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean parserWarming = new AtomicBoolean();

    /**
     * Lists the files (see {@link SourceListing}: links are followed, as the compiler's build does).
     *
     * @param roots    source roots, in priority order (a type found in an earlier root wins)
     * @param included which files to consider
     * @throws dev.flaglint.lint.model.LintException when a source directory cannot be read
     */
    public SourceTree(List<SourceRoot> roots, Predicate<SourceFile> included) {
        this.roots = List.copyOf(roots);
        SourceListing.Listed listed = SourceListing.list(this.roots, included);
        this.files = listed.files();
        this.loops = listed.loops();
        files.forEach(f -> filesByPath.putIfAbsent(f.path(), f));
    }

    private static JavaParser newParser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setAttributeComments(false));
    }

    /** Every included file, roots in order, each root's files sorted by path. */
    public List<SourceFile> files() {
        return files;
    }

    /**
     * Remembers a hash of the bytes each later {@link #read} of these files returns, for
     * {@link #contentHash}: files whose time stamps cannot tell a change made just after they are read.
     */
    public void watch(Collection<SourceFile> racy) {
        racy.forEach(f -> watched.add(f.path()));
    }

    /**
     * The file's bytes.
     *
     * @throws dev.flaglint.lint.model.LintException when it cannot be read
     */
    public byte[] read(SourceFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw SourceListing.unreadable("source file", file.path(), e);
        }
        read.add(file.path());
        if (watched.contains(file.path())) {
            readHashes.merge(file.path(), hash(bytes), (a, b) -> a.equals(b) ? a : UNSTABLE);
        }
        return bytes;
    }

    /**
     * A hash of what this check read of a {@linkplain #watch watched} file (read now if it was not read yet),
     * never 0; {@code 1} when two reads differed, which matches no content.
     */
    public long contentHash(SourceFile file) {
        watched.add(file.path());
        Long h = readHashes.get(file.path());
        if (h == null) {
            read(file);
            h = readHashes.get(file.path());
        }
        return h;
    }

    private static long hash(byte[] bytes) {
        long h = Fnv1a.hash(bytes);
        return h == 0 || h == UNSTABLE ? 2 : h;
    }

    /**
     * Loads the parser's classes on a background thread while the caller reads bytes (once per tree): on a
     * cold JVM the first parse costs a few hundred milliseconds of CPU, most of a small scan, so it is worth
     * starting early, but only once a file is likely to be parsed at all.
     */
    public void warmUpParser() {
        if (parserWarming.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> newParser().parse("class W { void f() { g(\"x\"); } }"));
        }
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
        String text = text(read(file));
        ParseResult<CompilationUnit> result;
        try {
            result = parsers.get().parse(text);
        } catch (StackOverflowError e) {
            parsers.remove(); // its state is whatever it was when the stack ran out
            fail(ParseFailure.tooDeep(file, text));
            return Optional.empty();
        } catch (RuntimeException e) {
            fail(new ParseFailure(file, 1, 1, "the parser failed: " + e));
            return Optional.empty();
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return result.getResult();
        }
        fail(ParseFailure.of(file, result.getProblems().isEmpty() ? null : result.getProblems().get(0)));
        return Optional.empty();
    }

    /** Decoded as UTF-8 (malformed bytes become U+FFFD), without a byte order mark, which no editor counts as a column. */
    private static String text(byte[] bytes) {
        int bom = ByteOrderMark.length(bytes);
        return new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
    }

    /**
     * Records that {@code file} parsed but nests too deeply to walk its syntax tree (the stack ran out
     * while checking it): like a file that does not parse, it is reported and skipped.
     */
    public void failTooDeep(SourceFile file) {
        fail(ParseFailure.tooDeep(file, text(read(file))));
    }

    /** Records that a file could not be read; the first failure of a file is the one reported. */
    private void fail(ParseFailure failure) {
        failures.putIfAbsent(failure.file().path(), failure);
    }

    /** How many files were parsed (successfully or not). */
    public int parsedCount() {
        return units.size();
    }

    /** How many files were read (for their bytes, or to parse them). */
    public int readCount() {
        return read.size();
    }

    /** Files that did not parse and symbolic link loops, by path. */
    public List<ParseFailure> failures() {
        List<ParseFailure> all = new ArrayList<>(failures.values());
        all.addAll(loops);
        all.sort(Comparator.comparing(f -> f.file().path()));
        return all;
    }

    /** The symbolic link loops found while listing: found afresh by every listing, never remembered. */
    public List<ParseFailure> loops() {
        return loops;
    }

    /**
     * Registers types that {@code file} declares at its top level besides the one its name says
     * ({@code class Helper} after {@code public class Service} in {@code Service.java}), so that
     * {@link #fileDeclaring} finds them as the compiler does when it compiles every file. The first
     * file to declare a name wins; a name that is not there after all only costs a parse.
     */
    public void declareTopLevelTypes(SourceFile file, Collection<String> simpleNames) {
        if (simpleNames.isEmpty()) {
            return; // nearly every file: no path to relativize (a cold scan did it for all of them)
        }
        String pkg = packageOf(file);
        for (String name : simpleNames) {
            secondaryTypes.putIfAbsent(pkg.isEmpty() ? name : pkg + "." + name, file);
        }
    }

    /** The package a file's directory stands for under its root. */
    private static String packageOf(SourceFile file) {
        Path dir = file.root().directory().toAbsolutePath().normalize().relativize(file.path().getParent());
        return dir.toString().replace(dir.getFileSystem().getSeparator(), ".");
    }

    /**
     * The file that declares {@code qualifiedName}: by Java's one-public-top-level-type-per-file
     * convention, for {@code a.b.Outer.Inner}, {@code a/b/Outer/Inner.java} or {@code a/b/Outer.java};
     * else a file in that package {@linkplain #declareTopLevelTypes declared} to hold {@code a.b.Outer}.
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
            SourceFile secondary = secondaryTypes.get(String.join(".", Arrays.copyOfRange(parts, 0, end)));
            if (secondary != null) {
                return Optional.of(secondary);
            }
        }
        return Optional.empty();
    }
}
