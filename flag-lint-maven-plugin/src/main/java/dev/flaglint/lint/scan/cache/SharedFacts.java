package dev.flaglint.lint.scan.cache;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the scans of one build pass on to each other: the index of the latest scan, whose prefilter facts
 * the next module's scan reuses for every file whose stamp it finds unchanged. Modules that share a flags
 * file read each other's sources, so without it every module of a reactor would read every byte of all of
 * them again on a first build. Only facts pass on, never results: each module lists and stamps its files
 * itself, and parses its own candidates. Safe to share between threads (parallel builds).
 */
public final class SharedFacts {

    private final AtomicReference<ScanIndex> latest = new AtomicReference<>();

    /** The index of the latest scan that published one, if any. */
    Optional<ScanIndex> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Makes {@code index} the one the next scan reuses facts from. */
    void publish(ScanIndex index) {
        latest.set(index);
    }
}
