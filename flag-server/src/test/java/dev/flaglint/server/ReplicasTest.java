package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.server.store.postgres.PostgresAvailable;
import dev.flaglint.server.store.postgres.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static org.assertj.core.api.Assertions.assertThat;

/** Three replicas on one PostgreSQL: concurrent conditional changes lose nothing, and every change reaches all. */
@ExtendWith(PostgresAvailable.class)
class ReplicasTest {

    static final String FLAGS = flags(4);

    /** {@code count} permanent flags, {@code flag-0} …, off unless overridden. */
    static String flags(int count) {
        StringBuilder yaml = new StringBuilder("flags:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  flag-").append(i).append(":\n    owner: sre\n    created: 2026-01-01\n    ticket: OPS-1\n")
                    .append("    permanent: true\n    enabled: false\n");
        }
        return yaml.toString();
    }

    @TempDir
    Path directory;
    TestDatabase database;
    Replicas replicas;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.create();
        replicas = Replicas.start(directory, 3, FLAGS, database);
    }

    @AfterEach
    void stop() throws Exception {
        replicas.close();
        database.close();
    }

    /** A PUT that was answered. */
    record Put(String flag, String body, int status, long version) {
    }

    @Test
    void eightWritersOverThreeReplicasLoseNoUpdateAndEveryReplicaConverges() throws Exception {
        int writers = 8;
        int putsEach = 100;
        ConcurrentLinkedQueue<Put> answered = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < putsEach; i++) {
                        TestServer replica = replicas.get((writer + i) % replicas.size());
                        String flag = "flag-" + ((writer + i) % 4);
                        String version = replica.get("/flags/" + flag + "/override", ADMIN).header("ETag");
                        String body = "{\"rollout\":" + (i % 101) + ",\"rollout_by\":\"w" + writer + "-" + i + "\"}";
                        TestServer.Response r = replica.put("/flags/" + flag, ADMIN, body, "If-Match", version);
                        answered.add(new Put(flag, body, r.status(), r.status() == 200
                                ? Long.parseLong(r.header("ETag").replace("\"", "")) : -1));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        List<Put> accepted = answered.stream().filter(p -> p.status() == 200).toList();
        List<Put> refused = answered.stream().filter(p -> p.status() == 412).toList();
        System.out.printf("8 writers x 100 conditional PUTs (each after a GET of the version) over 3 replicas: %d"
                + " accepted, %d refused with 412, in %.1f s (%.0f GET+PUT pairs/s)%n", accepted.size(), refused.size(),
                seconds, answered.size() / seconds);
        assertThat(answered).hasSize(writers * putsEach);
        assertThat(accepted.size() + refused.size()).as("every PUT is 200 or 412").isEqualTo(answered.size());
        assertThat(accepted).isNotEmpty();

        // every accepted change has exactly one audit record, numbered 1..N; refused ones have none
        JsonNode records = replicas.get(0).get("/audit?limit=1000", ADMIN).json().get("records");
        assertThat(records).hasSize(accepted.size());
        Map<Long, JsonNode> bySequence = new HashMap<>();
        Map<String, JsonNode> byBody = new HashMap<>();
        records.forEach(r -> {
            bySequence.put(r.get("sequence").asLong(), r);
            assertThat(byBody.put(r.get("after").toString(), r)).as("one record per change").isNull();
        });
        for (long s = 1; s <= accepted.size(); s++) {
            assertThat(bySequence).containsKey(s);
        }
        for (Put put : accepted) {
            JsonNode record = bySequence.get(put.version());
            assertThat(record.get("flag").asText()).isEqualTo(put.flag());
            assertThat(record.get("after").toString()).isEqualTo(put.body());
        }
        for (Put put : refused) {
            assertThat(byBody).doesNotContainKey(put.body());
        }
        // no lost update: each change of a flag was made on top of the one before it
        Map<String, String> last = new HashMap<>();
        for (long s = 1; s <= accepted.size(); s++) {
            JsonNode r = bySequence.get(s);
            String flag = r.get("flag").asText();
            assertThat(r.get("before").isNull() ? null : r.get("before").toString()).as("change %d", s)
                    .isEqualTo(last.get(flag));
            last.put(flag, r.get("after").toString());
        }

        // every replica converges to the database's state
        replicas.awaitSameVersion(Duration.ofSeconds(10));
        for (int i = 0; i < replicas.size(); i++) {
            for (int f = 0; f < 4; f++) {
                JsonNode state = replicas.get(i).get("/flags/flag-" + f + "/override", ADMIN).json();
                String expected = last.get("flag-" + f);
                assertThat(state.get("override").isNull() ? null : state.get("override").toString())
                        .as("replica %d flag-%d", i, f).isEqualTo(expected);
            }
        }
    }

    @Test
    void aChangeOnOneReplicaReachesAnotherReplicasEvaluationsAndAThirdOnesStream() throws Exception {
        int changes = 200;
        TestServer a = replicas.get(0);
        TestServer b = replicas.get(1);
        TestServer c = replicas.get(2);
        HttpResponse<InputStream> stream = c.client.send(c.request("/flags/stream", EVALUATE).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        BlockingQueue<Long> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data: ") && line.contains("\"flags\":[\"flag-0\"]")) {
                        events.add(System.nanoTime());
                    }
                }
            } catch (Exception e) {
                // the stream ends at shutdown
            }
        }, "sse reader");
        reader.setDaemon(true);
        reader.start();

        long[] evaluation = new long[changes];
        long[] event = new long[changes];
        long[] put = new long[changes];
        for (int i = 0; i < changes; i++) {
            String plan = "plan-" + i;
            long sent = System.nanoTime();
            TestServer.Response r = a.put("/flags/flag-0", ADMIN, "{\"enabled\":true,\"rules\":[{\"if\":{\"plan\":\""
                    + plan + "\"},\"enabled\":true}],\"rollout\":0}");
            put[i] = System.nanoTime() - sent;
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            long deadline = sent + TimeUnit.SECONDS.toNanos(10);
            while (!b.get("/flags/flag-0?plan=" + plan, EVALUATE).json().get("enabled").asBoolean()) {
                assertThat(System.nanoTime()).as("change %d seen on B within 10 s", i).isLessThan(deadline);
                Thread.sleep(1);
            }
            evaluation[i] = System.nanoTime() - sent;
            Long arrived = events.poll(10, TimeUnit.SECONDS);
            assertThat(arrived).as("change %d announced on C's stream within 10 s", i).isNotNull();
            event[i] = arrived - sent;
        }
        assertThat(events).as("one event per change").isEmpty();
        System.out.printf("propagation over %d changes, from sending the PUT to replica A: PUT answered p50 %s p99 %s;"
                        + " evaluation on B answers it p50 %s p99 %s; SSE event on C p50 %s p99 %s (ms)%n", changes,
                ms(put, 50), ms(put, 99), ms(evaluation, 50), ms(evaluation, 99), ms(event, 50), ms(event, 99));
    }

    private static String ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return String.format("%.1f", sorted[Math.max(0, index)] / 1e6);
    }
}
