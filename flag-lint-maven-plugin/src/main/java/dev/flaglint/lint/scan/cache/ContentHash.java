package dev.flaglint.lint.scan.cache;

import dev.flaglint.lint.source.Fnv1a;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A 64-bit FNV-1a hash of a file's bytes, for files whose time stamp cannot be trusted alone. */
final class ContentHash {

    /** Files modified this close to the index write are hashed: coarse file-system clocks tick slower. */
    static final long RACY_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(3);

    private ContentHash() {
    }

    /** The hash, never 0 (0 means "not hashed"); a file that cannot be read hashes to 1, which no longer matches. */
    static long of(Path file) {
        try {
            long h = Fnv1a.hash(Files.readAllBytes(file));
            return h == 0 ? 2 : h;
        } catch (IOException e) {
            return 1;
        }
    }
}
