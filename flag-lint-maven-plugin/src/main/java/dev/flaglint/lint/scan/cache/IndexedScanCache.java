package dev.flaglint.lint.scan.cache;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.scan.CallSiteScan;
import dev.flaglint.lint.scan.Prefilter;
import dev.flaglint.lint.scan.PrefilterFacts;
import dev.flaglint.lint.scan.ScanRequest;
import dev.flaglint.lint.scan.ScanResult;
import dev.flaglint.lint.source.ParseFailure;
import dev.flaglint.lint.source.SourceFile;
import dev.flaglint.lint.source.SourceTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scan with its index: an unchanged tree is answered from the index without reading or
 * parsing a file; otherwise the prefilter verdicts of unchanged files are reused (from the index, or
 * when there is none, from the build's latest scan through {@link SharedFacts}), every candidate
 * file is parsed afresh (so a changed constant, supertype or wrapper anywhere is always seen), and
 * the index is rewritten.
 */
final class IndexedScanCache implements ScanCache {

    private final Path indexFile;
    private final Path flagsFile;
    private final SharedFacts shared;

    IndexedScanCache(Path indexFile, Path flagsFile, SharedFacts shared) {
        this.indexFile = indexFile;
        this.flagsFile = flagsFile;
        this.shared = shared;
    }

    @Override
    public ScanResult scan(ScanRequest request, CallSiteScan scan) {
        if (!scan.prefilters()) {
            return ScanCache.none().scan(request, scan); // parsing every file is the naive baseline: nothing to save
        }
        // Before any file is listed or read; the marker sits beside the index, on the file system of target/.
        FileClock clock = FileClock.now(indexFile.resolveSibling(indexFile.getFileName() + ".clock"));
        SourceTree sources = request.sources();
        // What is read of a racy file is hashed, so that the index records the content its facts describe.
        sources.watch(sources.files().stream().filter(f -> clock.isRacy(f.stamp())).toList());
        String fingerprint = Fingerprint.of(request, flagsFile);
        Optional<ScanIndex> index = ScanIndex.read(indexFile, fingerprint);
        if (index.isPresent() && index.get().unchanged(sources)) {
            shared.publish(index.get());
            return fromIndex(index.get(), sources);
        }
        // Facts describe file contents, whatever the configuration: another module's scan serves as well.
        ScanResult result = scan.scan(sources, request.apis(), index.or(shared::latest).map(i -> known(i, sources))
                .orElse(PrefilterFacts.NONE));
        shared.publish(write(fingerprint, sources, clock, result));
        return result;
    }

    /** The index's facts for the files whose stamp (and, if recorded, content) is unchanged. */
    private static PrefilterFacts known(ScanIndex index, SourceTree sources) {
        Map<SourceFile, Prefilter.Facts> known = new LinkedHashMap<>();
        for (SourceFile f : sources.files()) {
            ScanIndex.Entry e = index.files().get(f.path().toString());
            if (e != null && e.matches(f, sources)) {
                known.put(f, new Prefilter.Facts(e.calls(), e.mentions(), e.declares()));
            }
        }
        return new PrefilterFacts(known, index.covered(), index.typeNames());
    }

    private static ScanResult fromIndex(ScanIndex index, SourceTree sources) {
        Map<SourceFile, List<CallSite>> callSites = new LinkedHashMap<>();
        List<ParseFailure> failures = new ArrayList<>(sources.loops()); // the listing finds them afresh
        for (SourceFile f : sources.files()) {
            String key = f.path().toString();
            callSites.put(f, index.callSites().getOrDefault(key, List.of()));
            ScanIndex.Failure failure = index.failures().get(key);
            if (failure != null) {
                failures.add(new ParseFailure(f, failure.line(), failure.column(), failure.kind(), failure.message()));
            }
        }
        failures.sort(Comparator.comparing(f -> f.file().path()));
        return new ScanResult(callSites, index.wrappers(), failures, 0, 0, true, PrefilterFacts.NONE);
    }

    /** Writes the index of {@code result}, and returns it. */
    private ScanIndex write(String fingerprint, SourceTree sources, FileClock clock, ScanResult result) {
        Map<String, ScanIndex.Entry> files = new LinkedHashMap<>();
        result.facts().byFile().forEach((f, facts) -> files.put(f.path().toString(), new ScanIndex.Entry(f.stamp(),
                facts.calls(), facts.mentions(), facts.declares(),
                clock.isRacy(f.stamp()) ? sources.contentHash(f) : 0)));
        Map<String, List<CallSite>> callSites = new LinkedHashMap<>();
        result.callSites().forEach((f, sites) -> {
            if (!sites.isEmpty()) {
                callSites.put(f.path().toString(), sites);
            }
        });
        Map<String, ScanIndex.Failure> failures = new LinkedHashMap<>();
        result.failures().stream().filter(p -> p.kind() != ParseFailure.Kind.LINK_LOOP)
                .forEach(p -> failures.put(p.file().path().toString(),
                        new ScanIndex.Failure(p.line(), p.column(), p.kind(), p.message())));
        ScanIndex index = new ScanIndex(fingerprint, result.facts().coveredMethods(), result.facts().typeNames(), files,
                callSites, result.wrappers(), failures);
        try {
            index.write(indexFile);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scan index " + indexFile
                    + "; delete it, or check the directory is writable", e);
        }
    }
}
