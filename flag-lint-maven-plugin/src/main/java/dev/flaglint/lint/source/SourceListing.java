package dev.flaglint.lint.source;

import dev.flaglint.lint.model.LintException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Lists the {@code .java} files under source roots as the compiler's build finds them: symbolic links
 * to files and directories are followed (a file is listed under its link's path), a link back to a
 * directory above it is reported once and not followed again, and a dangling link is skipped. Each
 * file comes with its {@link FileStamp}, from the one {@code stat} that lists it.
 */
final class SourceListing {

    /** What was found: the files, each root's sorted by path, and the link loops. */
    record Listed(List<SourceFile> files, List<ParseFailure> loops) {
    }

    private enum Kind { DIRECTORY, FILE, OTHER }

    /** One directory entry, its link followed: what it is, its stamp, and what identifies a directory. */
    private record Entry(Kind kind, FileStamp stamp, Object identity) {
    }

    /** The directories from a root down to one, to tell a link that loops back. */
    private record Ancestors(Object identity, Path path, Ancestors parent) {

        Ancestors find(Object id) {
            for (Ancestors a = this; a != null; a = a.parent) {
                if (a.identity.equals(id)) {
                    return a;
                }
            }
            return null;
        }
    }

    private record Pending(Path directory, Ancestors ancestors) {
    }

    /** Attributes read in the same {@code stat} as the size: the change time is there for the asking. */
    private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,fileKey,isDirectory,isRegularFile";

    private final SourceRoot root;
    private final String base;
    private final Predicate<SourceFile> included;
    private final boolean unix;

    private SourceListing(SourceRoot root, Predicate<SourceFile> included) {
        this.root = root;
        this.base = ModulePaths.prefixOf(root.moduleDir());
        this.included = included;
        this.unix = root.directory().getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    static Listed list(List<SourceRoot> roots, Predicate<SourceFile> included) {
        List<SourceFile> files = new ArrayList<>();
        List<ParseFailure> loops = new ArrayList<>();
        for (SourceRoot root : roots) {
            new SourceListing(root, included).listInto(files, loops);
        }
        return new Listed(List.copyOf(files), List.copyOf(loops));
    }

    private void listInto(List<SourceFile> files, List<ParseFailure> loops) {
        Path dir = root.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<SourceFile> found = new ArrayList<>();
        List<ParseFailure> foundLoops = new ArrayList<>();
        // Split the tree into enough subtrees to walk them on all cores (package trees are deep and narrow).
        List<Pending> subtrees = List.of(new Pending(dir, new Ancestors(stat(dir).identity(), dir, null)));
        for (int depth = 0; depth < 6 && !subtrees.isEmpty() && subtrees.size() < 64; depth++) {
            List<Pending> next = new ArrayList<>();
            for (Pending p : subtrees) {
                next.addAll(children(p, found, foundLoops));
            }
            subtrees = next;
        }
        for (Listed part : Parallel.map(subtrees, this::walk)) {
            found.addAll(part.files());
            foundLoops.addAll(part.loops());
        }
        found.sort(Comparator.comparing(f -> f.path().toString()));
        foundLoops.sort(Comparator.comparing(f -> f.file().path().toString()));
        files.addAll(found);
        loops.addAll(foundLoops);
    }

    /** Every file below {@code start}, depth first without recursion (trees may be deep). */
    private Listed walk(Pending start) {
        List<SourceFile> found = new ArrayList<>();
        List<ParseFailure> loops = new ArrayList<>();
        Deque<Pending> stack = new ArrayDeque<>(List.of(start));
        while (!stack.isEmpty()) {
            children(stack.pop(), found, loops).forEach(stack::push);
        }
        return new Listed(found, loops);
    }

    /** Lists one directory: its Java files into {@code found}, its subdirectories returned. */
    private List<Pending> children(Pending dir, List<SourceFile> found, List<ParseFailure> loops) {
        List<Pending> subdirectories = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir.directory())) {
            for (Path child : children) {
                Entry entry = stat(child);
                if (entry.kind() == Kind.DIRECTORY) {
                    Ancestors loop = dir.ancestors().find(entry.identity());
                    if (loop != null) {
                        loops.add(loop(child, loop.path()));
                    } else {
                        subdirectories.add(new Pending(child, new Ancestors(entry.identity(), child, dir.ancestors())));
                    }
                } else if (entry.kind() == Kind.FILE && child.getFileName().toString().endsWith(".java")) {
                    SourceFile f = new SourceFile(child, ModulePaths.shown(base, child.toString()), root, entry.stamp());
                    if (included.test(f)) {
                        found.add(f);
                    }
                }
            }
        } catch (IOException e) {
            throw unreadable("source directory", dir.directory(), e);
        }
        return subdirectories;
    }

    private ParseFailure loop(Path link, Path target) {
        SourceFile at = new SourceFile(link, ModulePaths.shown(base, link.toString()), root, FileStamp.NONE);
        return new ParseFailure(at, 0, 0, ParseFailure.Kind.LINK_LOOP, "a symbolic link to "
                + ModulePaths.shown(base, target.toString()) + ", a directory above it");
    }

    /** The entry with its links followed; a dangling link is {@link Kind#OTHER}, as the compiler's build skips it. */
    private Entry stat(Path path) {
        try {
            if (unix) {
                Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES);
                Object key = a.get("fileKey");
                FileStamp stamp = new FileStamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")),
                        nanos(a.get("ctime")), key == null ? null : key.toString());
                return new Entry(kind((Boolean) a.get("isDirectory"), (Boolean) a.get("isRegularFile")), stamp, key);
            }
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            FileStamp stamp = new FileStamp(a.size(), nanos(a.lastModifiedTime()), FileStamp.UNKNOWN,
                    a.fileKey() == null ? null : a.fileKey().toString());
            Object identity = a.fileKey() != null || !a.isDirectory() ? a.fileKey() : path.toRealPath();
            return new Entry(kind(a.isDirectory(), a.isRegularFile()), stamp, identity);
        } catch (NoSuchFileException e) {
            return new Entry(Kind.OTHER, FileStamp.NONE, null);
        } catch (IOException e) {
            throw unreadable("source file", path, e);
        }
    }

    private static Kind kind(boolean directory, boolean regular) {
        return directory ? Kind.DIRECTORY : regular ? Kind.FILE : Kind.OTHER;
    }

    private static long nanos(Object time) {
        return ((FileTime) Objects.requireNonNull(time, "time")).to(TimeUnit.NANOSECONDS);
    }

    /** A source that cannot be read stops the check: it cannot vouch for code it did not see. */
    static LintException unreadable(String what, Path path, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "it no longer exists"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new LintException("cannot read the " + what + " " + path + " (" + reason + "); flag-lint reads every"
                + " Java file under the source roots, so it must be readable: fix its permissions, or move it out"
                + " of the source roots", e);
    }
}
