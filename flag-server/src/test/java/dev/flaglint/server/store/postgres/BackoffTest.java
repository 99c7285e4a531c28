package dev.flaglint.server.store.postgres;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Reconnect waits: doubling to a cap, spread at random over the upper half, back to the start after a success. */
class BackoffTest {

    @Test
    void waitsDoubleUpToTheCapAndStartOverAfterASuccess() {
        Backoff lowest = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), bound -> 0);
        Backoff highest = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), bound -> bound - 1);
        List<Long> low = new ArrayList<>();
        List<Long> high = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            low.add(lowest.next().toMillis());
            high.add(highest.next().toMillis());
        }
        assertThat(high).containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L, 5000L);
        assertThat(low).containsExactly(50L, 100L, 200L, 400L, 800L, 1600L, 2500L, 2500L, 2500L, 2500L);
        assertThat(lowest.failures()).isEqualTo(10);
        lowest.reset();
        assertThat(lowest.next()).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void replicasThatLostTheDatabaseTogetherDoNotComeBackTogether() {
        Random random = new Random(42);
        List<Long> firstWaits = new ArrayList<>();
        for (int replica = 0; replica < 50; replica++) {
            Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5),
                    bound -> (long) (random.nextDouble() * bound));
            for (int i = 0; i < 6; i++) {
                backoff.next();
            }
            firstWaits.add(backoff.next().toMillis()); // the 7th wait: capped, 2.5 to 5 s
        }
        assertThat(firstWaits).allMatch(w -> w >= 2500 && w <= 5000);
        assertThat(firstWaits.stream().distinct().count()).isGreaterThan(40); // spread, not a stampede
    }
}
