package dev.flaglint.lint.remove;

import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.source.ModulePaths;
import dev.flaglint.lint.source.SourceRoot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Java files a removal reads and rewrites: those of the modules checked against the flags file (rewritten), and
 * every source directory of the build (read, to know whether a name is still used anywhere). Files are loaded once
 * and kept in memory with their changes until everything is written together.
 */
final class Workspace {

    private final Path base;
    private final List<SourceRoot> roots;
    private final List<Path> usageRoots;
    private final Map<Path, JavaFile> loaded = new LinkedHashMap<>();
    private List<Path> rewritable;
    private List<Path> everywhere;

    /**
     * @param base       paths in messages are relative to it
     * @param roots      the source roots whose files may be rewritten
     * @param usageRoots every source directory of the build
     */
    Workspace(Path base, List<SourceRoot> roots, List<Path> usageRoots) {
        this.base = base.toAbsolutePath().normalize();
        this.roots = List.copyOf(roots);
        this.usageRoots = List.copyOf(usageRoots);
    }

    String display(Path file) {
        return ModulePaths.relative(base, file);
    }

    /** The file, loaded once. */
    JavaFile file(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return loaded.computeIfAbsent(p, k -> {
            byte[] bytes = bytes(k);
            String content = new String(bytes, StandardCharsets.UTF_8);
            return new JavaFile(k, display(k), isTest(k), content,
                    Arrays.equals(content.getBytes(StandardCharsets.UTF_8), bytes));
        });
    }

    private boolean isTest(Path file) {
        return roots.stream().anyMatch(r -> r.test() && file.startsWith(r.directory().toAbsolutePath().normalize()));
    }

    /** The files loaded so far, in the order they were. */
    Collection<JavaFile> loaded() {
        return loaded.values();
    }

    /** Every Java file of the rewritable roots. */
    List<Path> rewritable() {
        if (rewritable == null) {
            rewritable = javaFiles(roots.stream().map(SourceRoot::directory).toList());
        }
        return rewritable;
    }

    /** Every Java file of the build: the rewritable ones and those of every other source directory. */
    List<Path> everywhere() {
        if (everywhere == null) {
            Set<Path> all = new LinkedHashSet<>(rewritable());
            all.addAll(javaFiles(usageRoots));
            everywhere = List.copyOf(all);
        }
        return everywhere;
    }

    /** The current text of any Java file: the rewritten one when it was loaded, else what is on disk. */
    String text(Path path) {
        JavaFile f = loaded.get(path.toAbsolutePath().normalize());
        return f != null ? f.text() : read(path);
    }

    private static List<Path> javaFiles(List<Path> directories) {
        List<Path> files = new ArrayList<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))
                        .map(f -> f.toAbsolutePath().normalize()).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new LintException("cannot list the sources in " + dir + ": " + e.getMessage());
            }
        }
        return files;
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
