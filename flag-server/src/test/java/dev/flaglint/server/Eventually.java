package dev.flaglint.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, bounded, for something the system under test does on its own threads: a correctness check, not a timing. */
final class Eventually {

    static final Duration LIMIT = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** Whether {@code condition} holds within {@link #LIMIT}, checked every 10 ms. */
    static boolean holds(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }
}
