package dev.flaglint.runtime.remote;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before trying again: a window that doubles from {@code min} to {@code max}, each wait drawn at
 * random from its upper half, so that clients that lost the service together do not all come back in the same
 * instant. Not thread-safe: one per retrying loop.
 */
final class Backoff {

    private final long minNanos;
    private final long maxNanos;
    private long window;

    Backoff(Duration min, Duration max) {
        this.minNanos = Math.max(1, Math.min(min.toNanos(), max.toNanos()));
        this.maxNanos = Math.max(minNanos, max.toNanos());
    }

    /** The next wait. */
    Duration next() {
        window = window == 0 ? minNanos : Math.min(maxNanos, window * 2);
        return Duration.ofNanos(window / 2 + ThreadLocalRandom.current().nextLong(window / 2 + 1));
    }

    /** After a success: the next failure waits the shortest again. */
    void reset() {
        window = 0;
    }

    /** {@code interval}, 10 % more or less at random: polls of many clients spread out instead of lining up. */
    static Duration jittered(Duration interval) {
        long nanos = interval.toNanos();
        long spread = nanos / 10;
        return Duration.ofNanos(nanos - spread + ThreadLocalRandom.current().nextLong(2 * spread + 1));
    }
}
