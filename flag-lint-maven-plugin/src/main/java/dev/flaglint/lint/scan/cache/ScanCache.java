package dev.flaglint.lint.scan.cache;

import dev.flaglint.lint.scan.CallSiteScan;
import dev.flaglint.lint.scan.PrefilterFacts;
import dev.flaglint.lint.scan.ScanRequest;
import dev.flaglint.lint.scan.ScanResult;

import java.nio.file.Path;

/**
 * What a scan remembers between runs. It wraps the scan: {@link #none()} runs it plainly,
 * {@link #in(Path, Path)} answers an unchanged tree from an index file and keeps that file up to date.
 * Either way the results are the same; only the work differs.
 */
@FunctionalInterface
public interface ScanCache {

    /** Runs {@code scan} over {@code request}, with what this cache remembers. */
    ScanResult scan(ScanRequest request, CallSiteScan scan);

    /** No memory: every run reads and scans afresh, and nothing is written. */
    static ScanCache none() {
        return (request, scan) -> scan.scan(request.sources(), request.apis(), PrefilterFacts.NONE);
    }

    /**
     * An index kept in {@code indexFile}: an unchanged tree is answered without reading or parsing a
     * file, and a changed one reuses what it can. The index is used only for the same plugin build,
     * configuration and flags file (the scan does not read that file, but an edited one is checked afresh).
     *
     * @param flagsFile the flags file, or {@code null}
     */
    static ScanCache in(Path indexFile, Path flagsFile) {
        return in(indexFile, flagsFile, new SharedFacts());
    }

    /**
     * An index kept in {@code indexFile}, as {@link #in(Path, Path)}, whose scans also reuse and pass on
     * prefilter facts through {@code shared}: when there is no usable index yet, the facts of the build's
     * latest scan spare reading the files it read (other modules of the reactor, usually).
     */
    static ScanCache in(Path indexFile, Path flagsFile, SharedFacts shared) {
        return new IndexedScanCache(indexFile, flagsFile, shared);
    }
}
