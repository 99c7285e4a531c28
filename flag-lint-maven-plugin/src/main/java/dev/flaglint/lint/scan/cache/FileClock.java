package dev.flaglint.lint.scan.cache;

import dev.flaglint.lint.source.FileStamp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The file system's own clock, read before a scan lists anything, and what it says about a file's
 * stamp. File systems stamp a change with a coarse clock (a kernel tick) cut to their granularity
 * (a nanosecond, a second, two on FAT), so a file changed again within the tick of its stamp keeps
 * it. A file whose last change is at least one granule older than the scan's start cannot: any
 * later change gets a later stamp. Only the other, "racy" files (git's name for them) need their
 * content compared.
 */
final class FileClock {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final long startNanos;

    private FileClock(long startNanos) {
        this.startNanos = startNanos;
    }

    /**
     * The time now as the file system stamps a change: {@code marker} written and its stamp read back
     * (never later than this JVM's clock, in case that file system's clock runs ahead).
     */
    static FileClock now(Path marker) {
        long jvm = nanos(Instant.now());
        try {
            Files.createDirectories(marker.getParent());
            Files.write(marker, new byte[] {1});
            long fileSystem = changeTime(marker);
            return new FileClock(Math.min(fileSystem, jvm));
        } catch (IOException | RuntimeException e) {
            return new FileClock(jvm - 2 * SECOND); // no file system clock: be as wary as its coarsest granule
        }
    }

    /** A clock that started at {@code startNanos}; for tests. */
    static FileClock at(long startNanos) {
        return new FileClock(startNanos);
    }

    /**
     * Whether a change to the file after this clock's start could leave {@code stamp} as it is: its last
     * change is within one granule of the start (or after it).
     */
    boolean isRacy(FileStamp stamp) {
        long last = stamp.lastChangeNanos();
        return last + granularity(last) > startNanos;
    }

    /**
     * The coarsest granularity that {@code nanos} is consistent with: a stamp that is a whole number of
     * milliseconds may come from a file system that keeps milliseconds. Whole seconds count as two,
     * as FAT keeps even seconds. Never finer than the truth, so never too trusting.
     */
    static long granularity(long nanos) {
        long g = 1;
        while (g < SECOND && nanos % (g * 10) == 0) {
            g *= 10;
        }
        return g == SECOND ? 2 * SECOND : g;
    }

    private static long changeTime(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return ((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS);
        }
        return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    }

    private static long nanos(Instant t) {
        return TimeUnit.SECONDS.toNanos(t.getEpochSecond()) + t.getNano();
    }
}
