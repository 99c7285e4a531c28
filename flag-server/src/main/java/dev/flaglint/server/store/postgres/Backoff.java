package dev.flaglint.server.store.postgres;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * How long to wait before the next reconnect: doubling from {@code first} up to {@code max}, each wait drawn at
 * random from its upper half ("equal jitter"). When the database comes back, replicas that lost it together
 * come back spread over that window instead of all in the same millisecond. Not thread-safe: one per
 * reconnecting thread.
 */
final class Backoff {

    private final long firstMillis;
    private final long maxMillis;
    /** Given a bound n &gt; 0, a number from 0 to n - 1. */
    private final LongUnaryOperator random;
    private int failures;

    /**
     * @param random given a bound n &gt; 0, a uniformly drawn number from 0 to n - 1
     */
    Backoff(Duration first, Duration max, LongUnaryOperator random) {
        if (first.toMillis() < 1 || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 1 ms <= first <= max, got " + first + " and " + max);
        }
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
    }

    /** The wait before the next attempt, after one more failure. */
    Duration next() {
        long ceiling = Math.min(maxMillis, firstMillis << Math.min(failures, 30));
        failures++;
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + random.applyAsLong(half + 1));
    }

    /** Failures since the last success. */
    int failures() {
        return failures;
    }

    /** After a success: the next failure waits {@code first} again. */
    void reset() {
        failures = 0;
    }
}
