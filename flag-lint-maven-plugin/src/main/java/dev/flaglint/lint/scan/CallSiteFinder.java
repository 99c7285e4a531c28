package dev.flaglint.lint.scan;

import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.lint.resolve.KeyResolver;
import dev.flaglint.lint.resolve.Symbols;
import dev.flaglint.lint.source.SourceFile;
import dev.flaglint.lint.source.SourceTree;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every call site in a source tree, including calls of the team's own wrappers: a method
 * whose parameter flows unchanged into a flag API's key becomes an API itself (transitively), its
 * callers are checked, and the call inside it is not reported as a dynamic key.
 */
public final class CallSiteFinder {

    /** Wrappers nest a few levels deep at most; the bound only guards against pathological code. */
    private static final int MAX_ROUNDS = 8;

    /** Call sites per file (in file order) and the wrappers whose callers were checked. */
    public record Result(Map<SourceFile, List<CallSite>> callSites, List<WrapperCandidate> wrappers) {
    }

    private final SourceTree sources;
    private final Candidates candidates;
    private final Symbols symbols;
    private final KeyResolver keys;

    public CallSiteFinder(SourceTree sources, Candidates candidates, Symbols symbols, KeyResolver keys) {
        this.sources = sources;
        this.candidates = candidates;
        this.symbols = symbols;
        this.keys = keys;
    }

    public Result find(List<FlagApi> configured) {
        List<FlagApi> apis = new ArrayList<>(configured);
        /* wrapper id -> the Type#method names callers may use: the declaring type and its supertypes */
        Map<WrapperCandidate, Set<String>> wrappers = new LinkedHashMap<>();
        for (int round = 1; ; round++) {
            Map<SourceFile, List<CallSiteScanner.Match>> matches = scanAll(apis);
            boolean added = false;
            for (List<CallSiteScanner.Match> fileMatches : matches.values()) {
                for (CallSiteScanner.Match m : fileMatches) {
                    if (m.wrapper().isPresent() && !wrappers.containsKey(m.wrapper().get())) {
                        List<FlagApi> wrapperApis = wrapperApis(m.wrapper().get());
                        apis.addAll(wrapperApis);
                        Set<String> names = new HashSet<>();
                        wrapperApis.forEach(a -> names.add(a.describe(m.wrapper().get().method())));
                        wrappers.put(m.wrapper().get(), names);
                        added = true;
                    }
                }
            }
            if (!added || round >= MAX_ROUNDS) {
                return result(matches, wrappers);
            }
        }
    }

    private Map<SourceFile, List<CallSiteScanner.Match>> scanAll(List<FlagApi> apis) {
        CallSiteScanner scanner = new CallSiteScanner(sources, apis, symbols, keys);
        Set<SourceFile> mayCall = new HashSet<>(candidates.forApis(scanner.methodNames(),
                apis.stream().map(FlagApi::type).toList()));
        sources.parseAll(mayCall);
        Map<SourceFile, List<CallSiteScanner.Match>> matches = new LinkedHashMap<>();
        for (SourceFile file : sources.files()) {
            matches.put(file, mayCall.contains(file) ? scanner.scan(file) : List.of());
        }
        return matches;
    }

    /**
     * The call inside a wrapper is not a call site of its own when the wrapper's callers are checked
     * instead. A wrapper nothing in the sources calls (a public library method, a framework callback)
     * keeps its inner call, reported as the dynamic key it is: a key is never silently dropped.
     */
    private static Result result(Map<SourceFile, List<CallSiteScanner.Match>> matches,
                                 Map<WrapperCandidate, Set<String>> wrappers) {
        Set<String> called = new HashSet<>();
        matches.values().forEach(list -> list.stream().filter(m -> m.site().origin() == ApiOrigin.WRAPPER)
                .forEach(m -> called.add(m.site().api())));
        List<WrapperCandidate> checkedAtCallers = wrappers.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(called::contains))
                .map(Map.Entry::getKey).toList();
        Map<SourceFile, List<CallSite>> sites = new LinkedHashMap<>();
        for (Map.Entry<SourceFile, List<CallSiteScanner.Match>> e : matches.entrySet()) {
            sites.put(e.getKey(), e.getValue().stream()
                    .filter(m -> m.wrapper().filter(checkedAtCallers::contains).isEmpty())
                    .map(CallSiteScanner.Match::site)
                    .toList());
        }
        return new Result(sites, checkedAtCallers);
    }

    /** The wrapper as an API on its declaring type and on supertypes (in the sources) that declare the method. */
    private List<FlagApi> wrapperApis(WrapperCandidate w) {
        List<FlagApi> result = new ArrayList<>();
        for (String type : symbols.hierarchy().supertypesAndSelf(w.type())) {
            boolean declares = type.equals(w.type()) || symbols.hierarchy().declaration(type)
                    .map(t -> !t.getMethodsByName(w.method()).isEmpty()).orElse(false);
            if (declares) {
                result.add(w.asApi(type));
            }
        }
        return result;
    }
}
