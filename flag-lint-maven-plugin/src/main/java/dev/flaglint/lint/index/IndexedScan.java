package dev.flaglint.lint.index;

import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.FlagApi;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.resolve.ConstantIndex;
import dev.flaglint.lint.resolve.KeyResolver;
import dev.flaglint.lint.resolve.Symbols;
import dev.flaglint.lint.resolve.TypeNames;
import dev.flaglint.lint.scan.CallSiteFinder;
import dev.flaglint.lint.scan.Candidates;
import dev.flaglint.lint.scan.ParseFailure;
import dev.flaglint.lint.scan.Prefilter;
import dev.flaglint.lint.scan.SourceFile;
import dev.flaglint.lint.scan.SourceTree;
import dev.flaglint.lint.scan.WrapperCandidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scan with its index: an unchanged tree is answered from the index without reading or
 * parsing a file; otherwise the prefilter verdicts of unchanged files are reused, every candidate
 * file is parsed afresh (so a changed constant, supertype or wrapper anywhere is always seen), and
 * the index is rewritten. Without an index file it is a plain scan.
 */
public final class IndexedScan {

    /** Call sites per file (tree order), wrappers, parse failures, and how much work it took. */
    public record Result(Map<SourceFile, List<CallSite>> callSites, List<WrapperCandidate> wrappers,
                         List<ParseFailure> failures, int parsed, boolean fromIndex) {
    }

    private final Path indexFile;
    private final boolean prefilter;

    /**
     * @param indexFile where the index lives, or {@code null} for none
     * @param prefilter false to parse every file (for accuracy tests and the naive baseline)
     */
    public IndexedScan(Path indexFile, boolean prefilter) {
        this.indexFile = indexFile;
        this.prefilter = prefilter;
    }

    public Result scan(LintRequest request, SourceTree sources) {
        String fingerprint = indexFile == null ? null : Fingerprint.of(request);
        Optional<ScanIndex> index = indexFile == null || !prefilter ? Optional.empty()
                : ScanIndex.read(indexFile, fingerprint);
        Map<String, FileStamp> stamps = indexFile == null ? Map.of() : stamps(sources);
        if (index.isPresent() && index.get().unchanged(stamps)) {
            return fromIndex(index.get(), sources);
        }
        SourceTree.warmUpParser();

        List<String> apiTypes = request.apis().stream().map(FlagApi::type).toList();
        Map<SourceFile, Prefilter.Facts> known = new HashMap<>();
        // Facts name the types the tree declared then; a new type name means every file must be read again.
        index.filter(i -> i.typeNames().equals(Candidates.typeNames(sources, apiTypes))).ifPresent(i ->
                sources.files().forEach(f -> {
                    ScanIndex.Entry e = i.files().get(f.path().toString());
                    if (e != null && e.matches(stamps.get(f.path().toString()), f.path())) {
                        known.put(f, new Prefilter.Facts(e.callsMethod(), e.mentions()));
                    }
                }));
        Candidates candidates = new Candidates(sources, known, index.map(ScanIndex::covered).orElse(Set.of()),
                apiTypes, prefilter);
        Symbols symbols = new Symbols(new TypeNames(sources, Set.copyOf(apiTypes)), new ConstantIndex(sources));
        CallSiteFinder.Result found = new CallSiteFinder(sources, candidates, symbols, new KeyResolver(symbols))
                .find(request.apis());
        Result result = new Result(found.callSites(), found.wrappers(), sources.failures(), sources.parsedCount(), false);
        if (indexFile != null && prefilter) {
            write(fingerprint, stamps, candidates, result);
        }
        return result;
    }

    private static Map<String, FileStamp> stamps(SourceTree sources) {
        Map<String, FileStamp> stamps = new LinkedHashMap<>();
        for (SourceFile f : sources.files()) {
            stamps.put(f.path().toString(), new FileStamp(f.size(), f.modified()));
        }
        return stamps;
    }

    private static Result fromIndex(ScanIndex index, SourceTree sources) {
        Map<SourceFile, List<CallSite>> callSites = new LinkedHashMap<>();
        List<ParseFailure> failures = new java.util.ArrayList<>();
        for (SourceFile f : sources.files()) {
            String key = f.path().toString();
            callSites.put(f, index.callSites().getOrDefault(key, List.of()));
            ScanIndex.Failure failure = index.failures().get(key);
            if (failure != null) {
                failures.add(new ParseFailure(f, failure.line(), failure.column(), failure.message()));
            }
        }
        return new Result(callSites, index.wrappers(), failures, 0, true);
    }

    private void write(String fingerprint, Map<String, FileStamp> stamps, Candidates candidates, Result result) {
        Map<String, ScanIndex.Entry> files = new LinkedHashMap<>();
        long writtenAt = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        candidates.facts().forEach((f, facts) -> {
            FileStamp stamp = stamps.get(f.path().toString());
            boolean racy = stamp.modifiedNanos() > writtenAt - ContentHash.RACY_WINDOW_NANOS;
            files.put(f.path().toString(), new ScanIndex.Entry(stamp.size(), stamp.modifiedNanos(),
                    facts.callsMethod(), facts.mentions(), racy ? ContentHash.of(f.path()) : 0));
        });
        Map<String, List<CallSite>> callSites = new LinkedHashMap<>();
        result.callSites().forEach((f, sites) -> {
            if (!sites.isEmpty()) {
                callSites.put(f.path().toString(), sites);
            }
        });
        Map<String, ScanIndex.Failure> failures = new LinkedHashMap<>();
        result.failures().forEach(p -> failures.put(p.file().path().toString(),
                new ScanIndex.Failure(p.line(), p.column(), p.message())));
        try {
            new ScanIndex(fingerprint, candidates.coveredMethods(), candidates.typeNames(), files, callSites,
                    result.wrappers(), failures)
                    .write(indexFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scan index " + indexFile
                    + "; delete it, or check the directory is writable", e);
        }
    }
}
