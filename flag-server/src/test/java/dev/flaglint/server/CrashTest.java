package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.flaglint.server.TestServer.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server in a child JVM is killed with SIGKILL in the middle of a burst of PUTs. After a restart on the same
 * data directory every acknowledged change is there, and the audit log and the state agree.
 */
class CrashTest {

    private static final int FLAGS = 8;
    private static final int WRITERS = 4;
    private static final int KILL_AFTER = 150;

    /** One acknowledged PUT. */
    record Ack(String flag, long version, String override) {
    }

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedChangeSurvivesKillDashNine() throws Exception {
        StringBuilder yaml = new StringBuilder("flags:\n");
        for (int i = 0; i < FLAGS; i++) {
            yaml.append("  flag-").append(i).append(":\n    owner: sre\n    created: 2026-01-01\n    ticket: OPS-1\n")
                    .append("    permanent: true\n");
        }
        Path flags = directory.resolve("flags.yaml");
        Files.writeString(flags, yaml);

        ChildServer child = ChildServer.start(List.of("--flags", flags.toString(), "--port", "0", "--data",
                directory.resolve("data").toString(), "--rate-limit", "0"), Map.of("FLAG_SERVER_TOKEN_OPS_ONCALL",
                "admin:" + ADMIN));
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        try {
            URI base = child.uri;
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicInteger acknowledged = new AtomicInteger();
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(CompletableFuture.runAsync(() -> burst(client, base, writer, acks, acknowledged)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.get() < KILL_AFTER && System.nanoTime() < deadline && child.process.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(acknowledged.get()).as("PUTs acknowledged before the kill").isGreaterThanOrEqualTo(KILL_AFTER);
            child.kill();
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            child.close();
        }

        try (TestServer restarted = TestServer.start(directory, null, b -> b)) {
            JsonNode audit = restarted.get("/audit?limit=1000", ADMIN).json().get("records");
            Map<Long, JsonNode> bySequence = new HashMap<>();
            audit.forEach(r -> bySequence.put(r.get("sequence").asLong(), r));
            // the log has no gaps: 1..N
            assertThat(bySequence.keySet()).hasSize(audit.size());
            for (long s = 1; s <= audit.size(); s++) {
                assertThat(bySequence).containsKey(s);
            }
            // every acknowledged change is in it, as acknowledged
            for (Ack ack : acks) {
                JsonNode record = bySequence.get(ack.version());
                assertThat(record).as("acknowledged change %s", ack).isNotNull();
                assertThat(record.get("flag").asText()).isEqualTo(ack.flag());
                assertThat(record.get("after").toString()).isEqualTo(ack.override());
            }
            // the state agrees with the log: each flag is at its last record
            for (int i = 0; i < FLAGS; i++) {
                String flag = "flag-" + i;
                JsonNode last = null;
                for (JsonNode r : audit) {
                    if (r.get("flag").asText().equals(flag) && (last == null
                            || r.get("sequence").asLong() > last.get("sequence").asLong())) {
                        last = r;
                    }
                }
                JsonNode state = restarted.get("/flags/" + flag + "/override", ADMIN).json();
                if (last == null) {
                    assertThat(state.get("version").asLong()).isZero();
                } else {
                    assertThat(state.get("version").asLong()).as(flag).isEqualTo(last.get("sequence").asLong());
                    assertThat(state.get("override").toString()).as(flag).isEqualTo(last.get("after").toString());
                }
            }
        }
    }

    private static void burst(HttpClient client, URI base, int writer, ConcurrentLinkedQueue<Ack> acks,
                              AtomicInteger acknowledged) {
        for (int n = 0; n < 2000; n++) {
            String flag = "flag-" + ((writer + n * WRITERS) % FLAGS);
            String body = "{\"rollout\":" + (n % 100) + ",\"rollout_by\":\"writer" + writer + "\"}";
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/flags/" + flag))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + ADMIN)
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    long version = Long.parseLong(r.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
                    acks.add(new Ack(flag, version, body));
                    acknowledged.incrementAndGet();
                }
            } catch (Exception e) {
                return; // the server is gone
            }
        }
    }
}
