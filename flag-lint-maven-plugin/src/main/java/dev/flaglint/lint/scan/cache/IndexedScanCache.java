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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The scan with its index: an unchanged tree is answered from the index without reading or
 * parsing a file; otherwise the prefilter verdicts of unchanged files are reused, every candidate
 * file is parsed afresh (so a changed constant, supertype or wrapper anywhere is always seen), and
 * the index is rewritten.
 */
final class IndexedScanCache implements ScanCache {

    private final Path indexFile;
    private final Path flagsFile;

    IndexedScanCache(Path indexFile, Path flagsFile) {
        this.indexFile = indexFile;
        this.flagsFile = flagsFile;
    }

    @Override
    public ScanResult scan(ScanRequest request, CallSiteScan scan) {
        if (!scan.prefilters()) {
            return ScanCache.none().scan(request, scan); // parsing every file is the naive baseline: nothing to save
        }
        SourceTree sources = request.sources();
        String fingerprint = Fingerprint.of(request, flagsFile);
        Optional<ScanIndex> index = ScanIndex.read(indexFile, fingerprint);
        Map<String, FileStamp> stamps = stamps(sources);
        if (index.isPresent() && index.get().unchanged(stamps)) {
            return fromIndex(index.get(), sources);
        }
        ScanResult result = scan.scan(sources, request.apis(), index.map(i -> known(i, sources, stamps))
                .orElse(PrefilterFacts.NONE));
        write(fingerprint, stamps, result);
        return result;
    }

    /** The index's facts for the files whose stamp (and, if recorded, content) is unchanged. */
    private static PrefilterFacts known(ScanIndex index, SourceTree sources, Map<String, FileStamp> stamps) {
        Map<SourceFile, Prefilter.Facts> known = new LinkedHashMap<>();
        for (SourceFile f : sources.files()) {
            ScanIndex.Entry e = index.files().get(f.path().toString());
            if (e != null && e.matches(stamps.get(f.path().toString()), f.path())) {
                known.put(f, new Prefilter.Facts(e.callsMethod(), e.mentions()));
            }
        }
        return new PrefilterFacts(known, index.covered(), index.typeNames());
    }

    private static Map<String, FileStamp> stamps(SourceTree sources) {
        Map<String, FileStamp> stamps = new LinkedHashMap<>();
        for (SourceFile f : sources.files()) {
            stamps.put(f.path().toString(), new FileStamp(f.size(), f.modified()));
        }
        return stamps;
    }

    private static ScanResult fromIndex(ScanIndex index, SourceTree sources) {
        Map<SourceFile, List<CallSite>> callSites = new LinkedHashMap<>();
        List<ParseFailure> failures = new ArrayList<>();
        for (SourceFile f : sources.files()) {
            String key = f.path().toString();
            callSites.put(f, index.callSites().getOrDefault(key, List.of()));
            ScanIndex.Failure failure = index.failures().get(key);
            if (failure != null) {
                failures.add(new ParseFailure(f, failure.line(), failure.column(), failure.message()));
            }
        }
        return new ScanResult(callSites, index.wrappers(), failures, 0, true, PrefilterFacts.NONE);
    }

    private void write(String fingerprint, Map<String, FileStamp> stamps, ScanResult result) {
        Map<String, ScanIndex.Entry> files = new LinkedHashMap<>();
        long writtenAt = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        result.facts().byFile().forEach((f, facts) -> {
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
            new ScanIndex(fingerprint, result.facts().coveredMethods(), result.facts().typeNames(), files, callSites,
                    result.wrappers(), failures).write(indexFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scan index " + indexFile
                    + "; delete it, or check the directory is writable", e);
        }
    }
}
