package dev.flaglint.lint.scan;

import dev.flaglint.lint.source.Parallel;
import dev.flaglint.lint.source.SourceFile;
import dev.flaglint.lint.source.SourceTree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files can hold a call site, decided from raw bytes by the {@link Prefilter}, so that only
 * those are parsed. A file is a candidate when it calls an API method name and can see an API type:
 * a receiver's type is written somewhere — in the file itself, or in a type it names (a superclass
 * with the field, a class whose method returns the client, a wrapper) — so starting from the API
 * types' simple names, a file that mentions a relevant name is relevant and the type it declares
 * becomes a relevant name, to a fixpoint. The many {@code evaluate(...)} calls of, say, a query
 * engine that never sees a flag type are never parsed. Facts from an earlier run's index are reused
 * for unchanged files.
 */
public final class Candidates {

    private final SourceTree sources;
    private final boolean filtering;
    private final Map<SourceFile, Prefilter.Facts> facts;
    private final Set<String> coveredMethods;
    private final Set<String> typeNames;

    /**
     * @param known          facts of unchanged files, computed for {@code coveredMethods} and {@link #typeNames(SourceTree, List)}
     * @param coveredMethods method names the known facts were computed for
     * @param filtering      false treats every file as a candidate (accuracy tests, the naive baseline)
     */
    public Candidates(SourceTree sources, Map<SourceFile, Prefilter.Facts> known, Set<String> coveredMethods,
                      List<String> apiTypes, boolean filtering) {
        this.sources = sources;
        this.filtering = filtering;
        this.facts = new LinkedHashMap<>(known);
        this.coveredMethods = new HashSet<>(known.isEmpty() ? Set.of() : coveredMethods);
        this.typeNames = typeNames(sources, apiTypes);
    }

    /** The names whose mentions are recorded: every type the tree declares, and the API types. */
    public static Set<String> typeNames(SourceTree sources, List<String> apiTypes) {
        Set<String> names = new HashSet<>();
        sources.files().forEach(f -> names.add(declaredName(f)));
        apiTypes.forEach(t -> names.add(t.substring(t.lastIndexOf('.') + 1)));
        return names;
    }

    /** Files that may call one of {@code methods} on one of {@code apiTypes} (qualified), in tree order. */
    public List<SourceFile> forApis(Set<String> methods, List<String> apiTypes) {
        if (!filtering) {
            return sources.files();
        }
        List<SourceFile> unknown = sources.files().stream().filter(f -> !facts.containsKey(f)).toList();
        Set<SourceFile> unknownSet = new HashSet<>(unknown);
        Set<String> allMethods = new HashSet<>(coveredMethods);
        allMethods.addAll(methods);
        if (!unknown.isEmpty()) {
            record(unknown, new Prefilter(allMethods, typeNames), false);
        }
        Set<String> added = new HashSet<>(methods);
        added.removeAll(coveredMethods);
        if (!added.isEmpty() && unknown.size() < sources.files().size()) {
            // New method names (wrappers): only files not calling a covered method yet can change.
            List<SourceFile> rest = sources.files().stream()
                    .filter(f -> !unknownSet.contains(f) && !facts.get(f).callsMethod()).toList();
            record(rest, new Prefilter(added, Set.of()), true);
        }
        coveredMethods.addAll(allMethods);
        Set<SourceFile> relevant = relevant(apiTypes);
        return sources.files().stream().filter(f -> facts.get(f).callsMethod() && relevant.contains(f)).toList();
    }

    private void record(List<SourceFile> files, Prefilter prefilter, boolean callsOnly) {
        List<Prefilter.Facts> results = Parallel.map(files, f -> prefilter.scan(SourceTree.bytes(f)));
        for (int i = 0; i < files.size(); i++) {
            Prefilter.Facts found = results.get(i);
            if (callsOnly) {
                Prefilter.Facts old = facts.get(files.get(i));
                facts.put(files.get(i), new Prefilter.Facts(found.callsMethod() || old.callsMethod(), old.mentions()));
            } else {
                facts.put(files.get(i), found);
            }
        }
    }

    /** Files that mention an API type, or a type declared by such a file, transitively. */
    private Set<SourceFile> relevant(List<String> apiTypes) {
        Map<String, List<SourceFile>> mentionedBy = new HashMap<>();
        facts.forEach((f, fact) -> fact.mentions().forEach(n -> mentionedBy.computeIfAbsent(n, k ->
                new java.util.ArrayList<>()).add(f)));
        Set<SourceFile> relevant = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        apiTypes.forEach(t -> queue.add(t.substring(t.lastIndexOf('.') + 1)));
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            if (!seen.add(name)) {
                continue;
            }
            for (SourceFile f : mentionedBy.getOrDefault(name, List.of())) {
                if (relevant.add(f)) {
                    queue.add(declaredName(f));
                }
            }
        }
        return relevant;
    }

    static String declaredName(SourceFile file) {
        String name = file.path().getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    /** Facts per file, for the index. */
    public Map<SourceFile, Prefilter.Facts> facts() {
        return facts;
    }

    /** The method names {@link #facts()} cover. */
    public Set<String> coveredMethods() {
        return Set.copyOf(coveredMethods);
    }

    /** The type names {@link #facts()} record mentions of. */
    public Set<String> typeNames() {
        return Set.copyOf(typeNames);
    }
}
