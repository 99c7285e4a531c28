package dev.flaglint.lint.scan;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files may hold a call of which method names, decided by the {@link Prefilter} from raw
 * bytes. Verdicts for names already covered (from an earlier run's index) are reused; names found
 * later (wrapper methods) cost one more pass over the files that are not candidates yet.
 */
public final class Candidates {

    private final SourceTree sources;
    private final Map<SourceFile, Boolean> verdicts;
    private final Set<String> covered;
    private final boolean filtering;

    /**
     * @param verdicts  known verdicts for {@code covered} names (files missing from the map are unknown)
     * @param covered   the method names the known verdicts were computed for
     * @param filtering false to treat every file as a candidate (for accuracy tests and the naive baseline)
     */
    public Candidates(SourceTree sources, Map<SourceFile, Boolean> verdicts, Set<String> covered, boolean filtering) {
        this.sources = sources;
        this.verdicts = new LinkedHashMap<>(verdicts);
        this.covered = new HashSet<>(covered);
        this.filtering = filtering;
    }

    /** Files that may call any of {@code names}, in tree order. */
    public List<SourceFile> forNames(Set<String> names) {
        if (!filtering) {
            return sources.files();
        }
        List<SourceFile> known = sources.files().stream().filter(verdicts::containsKey).toList();
        List<SourceFile> unknown = sources.files().stream().filter(f -> !verdicts.containsKey(f)).toList();
        Set<String> added = new HashSet<>(names);
        added.removeAll(covered);
        if (!unknown.isEmpty()) {
            decide(unknown, union(covered, names));
        }
        if (!added.isEmpty() && !known.isEmpty()) {
            // Only known files that are not candidates yet can change their verdict.
            decide(known.stream().filter(f -> !verdicts.get(f)).toList(), added);
        }
        covered.addAll(names);
        return sources.files().stream().filter(verdicts::get).toList();
    }

    private void decide(List<SourceFile> files, Set<String> names) {
        Prefilter prefilter = new Prefilter(names);
        List<Boolean> results = Parallel.map(files, f -> prefilter.mayCall(SourceTree.bytes(f)));
        for (int i = 0; i < files.size(); i++) {
            verdicts.merge(files.get(i), results.get(i), Boolean::logicalOr);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** Verdicts for {@link #covered()} names, for the index. */
    public Map<SourceFile, Boolean> verdicts() {
        return verdicts;
    }

    public Set<String> covered() {
        return Set.copyOf(covered);
    }
}
