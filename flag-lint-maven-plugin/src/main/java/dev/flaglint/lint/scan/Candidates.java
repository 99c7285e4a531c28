package dev.flaglint.lint.scan;

import dev.flaglint.lint.source.Parallel;
import dev.flaglint.lint.source.SourceFile;
import dev.flaglint.lint.source.SourceTree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which files can hold a call site, decided from raw bytes by the {@link Prefilter}, so that only
 * those are parsed. A file is a candidate when it calls an API method name and can see an API type:
 * a receiver's type is written somewhere — in the file itself, or in a type it names (a superclass
 * with the field, a class whose method returns the client, a wrapper) — so starting from the API
 * types' simple names, a file that mentions a relevant name is relevant and the types it declares
 * (the one its name says, and any further top-level type in it) become relevant names, to a
 * fixpoint. The many {@code evaluate(...)} calls of, say, a query engine that never sees a flag type
 * are never parsed. Facts from an earlier run's index are reused for unchanged files. The further
 * top-level types are also made known to the {@link SourceTree}, whether every file is parsed or not,
 * so that both ways resolve the same names.
 */
public final class Candidates {

    private final SourceTree sources;
    private final boolean filtering;
    private final Map<SourceFile, Prefilter.Facts> facts;
    private final Set<String> coveredMethods;
    /** The names whose mentions every file's facts record. */
    private final Set<String> typeNames;
    /** Whether the further top-level types were made known to the tree (once per run). */
    private boolean typesDeclared;
    /** What marks a file that will likely be parsed: it calls one of these methods and names one of these types. */
    private Set<String> likelyMethods = Set.of();
    private Set<String> likelyTypes = Set.of();

    /**
     * @param known     facts of unchanged files; used when they record mentions of every name this tree needs
     * @param filtering false treats every file as a candidate (accuracy tests, the naive baseline)
     */
    public Candidates(SourceTree sources, PrefilterFacts known, List<String> apiTypes, boolean filtering) {
        this.sources = sources;
        this.filtering = filtering;
        Set<String> needed = typeNames(sources, apiTypes);
        // Facts recording mentions of more names are fine; facts missing a needed name's mentions are not.
        boolean reusable = !known.byFile().isEmpty() && known.typeNames().containsAll(needed);
        this.facts = new LinkedHashMap<>(reusable ? known.byFile() : Map.of());
        this.coveredMethods = new HashSet<>(reusable ? known.coveredMethods() : Set.of());
        this.typeNames = new HashSet<>(reusable ? known.typeNames() : needed);
    }

    /** The names whose mentions a tree needs recorded, besides further top-level types: its files' names and the API types'. */
    static Set<String> typeNames(SourceTree sources, List<String> apiTypes) {
        Set<String> names = new HashSet<>();
        sources.files().forEach(f -> names.add(declaredName(f)));
        apiTypes.forEach(t -> names.add(simpleName(t)));
        return names;
    }

    /** Files that may call one of {@code methods} on one of {@code apiTypes} (qualified), in tree order. */
    public List<SourceFile> forApis(Set<String> methods, List<String> apiTypes) {
        likelyMethods = Set.copyOf(methods);
        likelyTypes = apiTypes.stream().map(Candidates::simpleName).collect(Collectors.toUnmodifiableSet());
        if (facts.values().stream().anyMatch(this::likelyParsed)) {
            sources.warmUpParser();
        }
        List<SourceFile> unknown = sources.files().stream().filter(f -> !facts.containsKey(f)).toList();
        Set<SourceFile> unknownSet = new HashSet<>(unknown);
        Set<String> allMethods = new HashSet<>(coveredMethods);
        allMethods.addAll(methods);
        if (!unknown.isEmpty()) {
            record(unknown, new Prefilter(allMethods, typeNames), Merge.REPLACE);
        }
        if (!typesDeclared) {
            sources.files().forEach(f -> sources.declareTopLevelTypes(f, furtherTypes(f)));
            typesDeclared = true;
        }
        if (!filtering) {
            return sources.files(); // the facts served to name the further types: both ways resolve alike
        }
        if (unknown.size() == sources.files().size()) {
            coveredMethods.addAll(allMethods); // every file was just read for every name
        }
        Set<SourceFile> relevant = relevant(apiTypes);
        Set<String> added = new HashSet<>(methods);
        added.removeAll(coveredMethods);
        if (!added.isEmpty()) {
            // New method names (wrappers): only a file that can see an API type can be a candidate, so only those
            // files are read for them (not all, as for the covered names), and the names stay uncovered: the facts
            // of other files say nothing of them, and a later round or run reads the files it needs again.
            List<SourceFile> toRead = sources.files().stream()
                    .filter(f -> relevant.contains(f) && !unknownSet.contains(f)).toList();
            record(toRead, new Prefilter(added, Set.of()), Merge.CALLS);
        }
        return sources.files().stream().filter(f -> relevant.contains(f) && facts.get(f).callsAny(methods)).toList();
    }

    /** The types {@code file} declares at its top level besides the one its name says. */
    private Set<String> furtherTypes(SourceFile file) {
        Set<String> further = new HashSet<>(facts.get(file).declares());
        further.remove(declaredName(file));
        return further;
    }

    /** How new facts of a file join what is known of it. */
    private enum Merge { REPLACE, CALLS, MENTIONS }

    private void record(List<SourceFile> files, Prefilter prefilter, Merge merge) {
        List<Prefilter.Facts> results = Parallel.map(files, f -> {
            Prefilter.Facts found = prefilter.scan(sources.read(f));
            if (likelyParsed(found)) {
                sources.warmUpParser(); // the parse will come: load the parser beside the rest of the pass
            }
            return found;
        });
        for (int i = 0; i < files.size(); i++) {
            Prefilter.Facts found = results.get(i);
            Prefilter.Facts old = facts.get(files.get(i));
            facts.put(files.get(i), switch (merge) {
                case REPLACE -> found;
                case CALLS -> new Prefilter.Facts(union(old.calls(), found.calls()), old.mentions(), old.declares());
                case MENTIONS -> new Prefilter.Facts(old.calls(), union(old.mentions(), found.mentions()),
                        old.declares());
            });
        }
    }

    /**
     * Whether a file calls an API method and names an API type itself: most such files are parsed, and a tree
     * with none usually has no candidate at all, and then the parser is never loaded.
     */
    private boolean likelyParsed(Prefilter.Facts facts) {
        if (!facts.callsAny(likelyMethods)) {
            return false;
        }
        for (String name : facts.mentions()) {
            if (likelyTypes.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Files that mention an API type, or a type declared by such a file, transitively. A further
     * top-level type of a relevant file is relevant too; the mentions of such a name are read from
     * every file the first time it is needed (rare: most files declare one type, and few are relevant).
     */
    private Set<SourceFile> relevant(List<String> apiTypes) {
        while (true) {
            Set<SourceFile> relevant = relevantByKnownMentions(apiTypes);
            Set<String> unrecorded = new HashSet<>();
            relevant.forEach(f -> unrecorded.addAll(furtherTypes(f)));
            unrecorded.removeAll(typeNames);
            if (unrecorded.isEmpty()) {
                return relevant;
            }
            record(sources.files(), new Prefilter(Set.of(), unrecorded), Merge.MENTIONS);
            typeNames.addAll(unrecorded);
        }
    }

    private Set<SourceFile> relevantByKnownMentions(List<String> apiTypes) {
        Map<String, List<SourceFile>> mentionedBy = new HashMap<>();
        facts.forEach((f, fact) -> fact.mentions().forEach(n -> mentionedBy.computeIfAbsent(n, k ->
                new ArrayList<>()).add(f)));
        Set<SourceFile> relevant = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        apiTypes.forEach(t -> queue.add(simpleName(t)));
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            if (!seen.add(name)) {
                continue;
            }
            for (SourceFile f : mentionedBy.getOrDefault(name, List.of())) {
                if (relevant.add(f)) {
                    queue.add(declaredName(f));
                    queue.addAll(facts.get(f).declares());
                }
            }
        }
        return relevant;
    }

    static String declaredName(SourceFile file) {
        String name = file.path().getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    private static String simpleName(String qualifiedType) {
        return qualifiedType.substring(qualifiedType.lastIndexOf('.') + 1);
    }

    /** Facts per file, for the index. */
    public Map<SourceFile, Prefilter.Facts> facts() {
        return facts;
    }

    /** The method names {@link #facts()} cover. */
    public Set<String> coveredMethods() {
        return Set.copyOf(coveredMethods);
    }

    /** The type names whose mentions {@link #facts()} record. */
    public Set<String> typeNames() {
        return Set.copyOf(typeNames);
    }
}
