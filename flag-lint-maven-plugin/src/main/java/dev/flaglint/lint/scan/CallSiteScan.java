package dev.flaglint.lint.scan;

import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.resolve.ConstantIndex;
import dev.flaglint.lint.resolve.KeyResolver;
import dev.flaglint.lint.resolve.Symbols;
import dev.flaglint.lint.resolve.TypeNames;
import dev.flaglint.lint.source.Parallel;
import dev.flaglint.lint.source.SourceTree;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scan: the prefilter picks the files that may hold a call, those are parsed (with the files
 * declaring what they need), and their call sites found with keys resolved. Facts of files known
 * to be unchanged are reused; everything else is read afresh.
 */
public final class CallSiteScan {

    private final boolean prefilter;

    /**
     * @param prefilter false parses every file instead of only those that may hold a call (slower,
     *                  same results: for accuracy tests and the naive baseline)
     */
    public CallSiteScan(boolean prefilter) {
        this.prefilter = prefilter;
    }

    /** Whether only files that may hold a call are parsed. */
    public boolean prefilters() {
        return prefilter;
    }

    /**
     * Scans {@code sources} for calls of {@code apis}, on a thread with a stack deep enough for deeply
     * nested code (see {@link Parallel}).
     *
     * @param known prefilter facts of files unchanged since they were computed; used when they record
     *              mentions of every type name this tree needs
     */
    public ScanResult scan(SourceTree sources, List<FlagApi> apis, PrefilterFacts known) {
        return Parallel.onLargeStack("flag-lint-scan", () -> scanHere(sources, apis, known));
    }

    private ScanResult scanHere(SourceTree sources, List<FlagApi> apis, PrefilterFacts known) {
        List<String> apiTypes = apis.stream().map(FlagApi::type).toList();
        Candidates candidates = new Candidates(sources, known, apiTypes, prefilter);
        Set<String> knownTypes = new HashSet<>(apiTypes);
        knownTypes.addAll(LiteralSources.FACTORIES.keySet());
        Symbols symbols = new Symbols(new TypeNames(sources, knownTypes), new ConstantIndex(sources));
        CallSiteFinder.Result found = new CallSiteFinder(sources, candidates, symbols, new KeyResolver(symbols))
                .find(apis);
        return new ScanResult(found.callSites(), found.wrappers(), sources.failures(), sources.parsedCount(),
                sources.readCount(), false,
                new PrefilterFacts(candidates.facts(), candidates.coveredMethods(), candidates.typeNames()));
    }
}
