package dev.flaglint.lint.scan;

import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.source.SourceRoot;
import dev.flaglint.lint.source.SourceTree;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What to scan.
 *
 * @param ownRoots     the checked module's source roots: its files pass {@code includes}/{@code excludes}
 * @param reactorRoots other modules' source roots, read whole (their constants, wrappers and calls count)
 * @param apis         the flag APIs whose calls are call sites
 * @param includes     glob patterns, relative to the module, of its files to scan; empty means all
 * @param excludes     glob patterns of its files to skip
 */
public record ScanRequest(List<SourceRoot> ownRoots, List<SourceRoot> reactorRoots, List<FlagApi> apis,
                          List<String> includes, List<String> excludes) {

    public ScanRequest {
        ownRoots = List.copyOf(ownRoots);
        reactorRoots = List.copyOf(reactorRoots);
        apis = List.copyOf(apis);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Every root, this module's first (a type found in an earlier root wins). */
    public List<SourceRoot> roots() {
        List<SourceRoot> all = new ArrayList<>(ownRoots);
        all.addAll(reactorRoots);
        return all;
    }

    /** The files to scan, listed: includes/excludes are this module's settings, so other modules' files are all read. */
    public SourceTree sources() {
        Predicate<String> own = filter(includes, excludes);
        Set<SourceRoot> mine = Set.copyOf(ownRoots);
        return new SourceTree(roots(), f -> !mine.contains(f.root()) || own.test(f.displayPath()));
    }

    /** Files matching an include (all when none is given) and no exclude. */
    private static Predicate<String> filter(List<String> includes, List<String> excludes) {
        if (includes.isEmpty() && excludes.isEmpty()) {
            return displayPath -> true; // the usual case: no path to make per file
        }
        List<PathMatcher> in = includes.stream().map(ScanRequest::glob).toList();
        List<PathMatcher> out = excludes.stream().map(ScanRequest::glob).toList();
        return displayPath -> {
            Path p = Path.of(displayPath);
            return (in.isEmpty() || in.stream().anyMatch(m -> m.matches(p)))
                    && out.stream().noneMatch(m -> m.matches(p));
        };
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
