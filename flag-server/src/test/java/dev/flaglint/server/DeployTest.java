package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.server.store.postgres.PostgresAvailable;
import dev.flaglint.server.store.postgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new flags.yaml reaches three replicas at different moments while overrides change: every answer comes from one
 * whole configuration (the old file or the new one, never half of each), and a configuration version means the
 * same answers on every replica, so an ETag cached from one replica is right on any other.
 */
@ExtendWith(PostgresAvailable.class)
class DeployTest {

    /** flag-0, flag-1 and flag-2 flip together in the new file; flag-3 is overridden throughout. */
    private static final String OLD = ReplicasTest.flags(4);
    private static final String NEW = OLD.replaceFirst("enabled: false", "enabled: true")
            .replaceFirst("enabled: false", "enabled: true").replaceFirst("enabled: false", "enabled: true");
    private static final String CONTEXT = "{\"context\":{\"targetingKey\":\"user-1\"}}";

    @TempDir
    Path directory;

    @Test
    void everyAnswerComesFromOneWholeConfigurationOnEveryReplica() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             Replicas replicas = Replicas.start(directory, 3, OLD, database)) {
            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
            Map<String, String> answersByEtag = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> contradictions = new ConcurrentLinkedQueue<>();
            AtomicInteger answers = new AtomicInteger();
            AtomicInteger oldSeen = new AtomicInteger();
            AtomicInteger newSeen = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(replicas.size() + 1);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < replicas.size(); i++) {
                TestServer replica = replicas.get(i);
                work.add(pool.submit(() -> {
                    for (int n = 0; running.get() && n < 20_000; n++) {
                        boolean bulk = n % 2 == 0;
                        TestServer.Response r = bulk ? replica.post("/ofrep/v1/evaluate/flags", EVALUATE, CONTEXT)
                                : replica.get("/flags", ADMIN);
                        assertThat(r.status()).isEqualTo(200);
                        List<JsonNode> flipped = flipped(r.json(), bulk);
                        boolean allOld = true;
                        boolean allNew = true;
                        for (JsonNode value : flipped) {
                            allOld &= !value.asBoolean();
                            allNew &= value.asBoolean();
                        }
                        if (!allOld && !allNew) {
                            mixed.add(r.body());
                        }
                        (allNew ? newSeen : oldSeen).incrementAndGet();
                        String whole = bulk ? r.json().get("flags").toString() : r.body();
                        String before = answersByEtag.putIfAbsent((bulk ? "bulk " : "flags ") + r.header("ETag"), whole);
                        if (before != null && !before.equals(whole)) {
                            contradictions.add(r.header("ETag") + ": " + before + " / " + whole);
                        }
                        answers.incrementAndGet();
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                for (int n = 0; running.get() && n < 10_000; n++) {
                    TestServer.Response r = replicas.get(n % replicas.size()).put("/flags/flag-3", ADMIN,
                            "{\"rollout\":" + (n % 101) + "}");
                    assertThat(r.status()).isEqualTo(200);
                }
                return null;
            }));

            Thread.sleep(300);
            for (int i = 0; i < replicas.size(); i++) { // the deploy: one replica after the other
                assertThat(replicas.get(i).rewriteFlags(NEW)).isTrue();
                Thread.sleep(200);
            }
            Thread.sleep(300);
            running.set(false);
            pool.shutdown();
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }

            System.out.printf("deploy over 3 replicas under load: %d answers (%d from the old file, %d from the new),"
                    + " %d configuration versions%n", answers.get(), oldSeen.get(), newSeen.get(), answersByEtag.size());
            assertThat(mixed).as("answers mixing the old file and the new").isEmpty();
            assertThat(contradictions).as("one version, two different answers").isEmpty();
            assertThat(oldSeen.get()).isPositive();
            assertThat(newSeen.get()).isPositive();
            replicas.awaitSameVersion(Duration.ofSeconds(10));
        }
    }

    /** The values of flag-0, flag-1 and flag-2 in a bulk evaluation, or their 'enabled' in the definitions. */
    private static List<JsonNode> flipped(JsonNode body, boolean bulk) {
        List<JsonNode> values = new ArrayList<>();
        if (bulk) {
            body.get("flags").forEach(f -> {
                if (!f.get("key").asText().equals("flag-3")) {
                    values.add(f.get("value"));
                }
            });
        } else {
            for (int i = 0; i < 3; i++) {
                values.add(body.get("flags").get("flag-" + i).get("enabled"));
            }
        }
        assertThat(values).hasSize(3);
        return values;
    }
}
