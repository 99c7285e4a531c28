package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.server.store.postgres.PostgresAvailable;
import dev.flaglint.server.store.postgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults on replicas and the database: a replica killed under load, PostgreSQL stopped and started again, and a
 * replica cut off while another makes a change it can no longer be told about.
 */
@ExtendWith(PostgresAvailable.class)
class ReplicaFaultsTest {

    private static final String FLAGS = ReplicasTest.flags(4);

    @TempDir
    Path directory;

    /** One acknowledged PUT. */
    record Ack(String flag, long version, String body) {
    }

    @Test
    void aReplicaKilledUnderLoadTakesNothingWithItAndTheOthersKeepAnswering() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             Replicas replicas = Replicas.start(directory, 2, FLAGS, database)) {
            Path flags = Files.createDirectories(directory.resolve("replica-child")).resolve("flags.yaml");
            Files.writeString(flags, FLAGS);
            ChildServer child = ChildServer.start(List.of("--flags", flags.toString(), "--port", "0", "--rate-limit",
                    "0", "--store", "postgres", "--jdbc-url", database.url(), "--db-user", TestDatabase.user(),
                    "--db-password-file", TestDatabase.passwordFile().toString()),
                    Map.of("FLAG_SERVER_TOKEN_OPS_ONCALL", "admin:" + ADMIN,
                            "FLAG_SERVER_TOKEN_CHECKOUT", "evaluate:" + EVALUATE));
            TestServer client = replicas.get(0);
            ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> survivorFailures = new ConcurrentLinkedQueue<>();
            AtomicInteger childAcks = new AtomicInteger();
            AtomicInteger survivorAnswers = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(5);
            List<Future<?>> work = new ArrayList<>();
            try {
                for (int r = 0; r < 2; r++) { // a writer and a reader on each survivor
                    TestServer survivor = replicas.get(r);
                    int writer = r;
                    work.add(pool.submit(() -> {
                        for (int n = 0; running.get() && n < 20_000; n++) {
                            String flag = "flag-" + (n % 4);
                            String body = "{\"rollout\":" + (n % 101) + ",\"rollout_by\":\"s" + writer + "-" + n + "\"}";
                            TestServer.Response put = survivor.put("/flags/" + flag, ADMIN, body);
                            if (put.status() != 200) {
                                survivorFailures.add("PUT " + put.status() + " " + put.body());
                            } else {
                                acks.add(new Ack(flag, version(put), body));
                            }
                        }
                        return null;
                    }));
                    work.add(pool.submit(() -> {
                        for (int n = 0; running.get() && n < 100_000; n++) {
                            TestServer.Response get = survivor.get("/flags/flag-" + (n % 4) + "?user_id=" + n, EVALUATE);
                            if (get.status() != 200) {
                                survivorFailures.add("GET " + get.status() + " " + get.body());
                            }
                            survivorAnswers.incrementAndGet();
                        }
                        return null;
                    }));
                }
                work.add(pool.submit(() -> { // the child's writer, until it is killed
                    for (int n = 0; running.get() && n < 20_000; n++) {
                        String flag = "flag-" + (n % 4);
                        String body = "{\"rollout\":" + (n % 101) + ",\"rollout_by\":\"child-" + n + "\"}";
                        TestServer.Response put;
                        try {
                            put = client.send(client.request("", ADMIN).uri(child.uri.resolve("/flags/" + flag))
                                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
                        } catch (IllegalStateException gone) {
                            return null;
                        }
                        if (put.status() == 200) {
                            acks.add(new Ack(flag, version(put), body));
                            childAcks.incrementAndGet();
                        }
                    }
                    return null;
                }));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (childAcks.get() < 100 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertThat(childAcks.get()).as("changes acknowledged by the child before the kill")
                        .isGreaterThanOrEqualTo(100);
                child.kill(); // in the middle of its writes: some transaction is likely open
                int answersAtKill = survivorAnswers.get();
                Thread.sleep(1000);
                assertThat(survivorAnswers.get()).as("the survivors answer on").isGreaterThan(answersAtKill);
            } finally {
                running.set(false);
                pool.shutdown();
                child.close();
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(survivorFailures).as("answers of the surviving replicas that were not 200").isEmpty();

            // every acknowledged change is in the audit log as acknowledged; the log has no gap
            Map<Long, Ack> log = auditLog(database);
            assertThat(log.keySet()).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, log.size()).boxed().toList());
            for (Ack ack : acks) {
                assertThat(log.get(ack.version())).as("acknowledged change").isEqualTo(ack);
            }
            // the survivors agree with the log: each flag at its last change
            replicas.awaitSameVersion(Duration.ofSeconds(10));
            Map<String, Ack> last = new HashMap<>();
            log.values().forEach(change -> last.merge(change.flag(), change,
                    (x, y) -> x.version() > y.version() ? x : y));
            for (int r = 0; r < 2; r++) {
                for (Ack change : last.values()) {
                    JsonNode state = replicas.get(r).get("/flags/" + change.flag() + "/override", ADMIN).json();
                    assertThat(state.get("version").asLong()).isEqualTo(change.version());
                    assertThat(state.get("override").toString()).isEqualTo(change.body());
                }
            }
        }
    }

    /** The whole audit table: sequence to (flag, sequence, after). */
    private static Map<Long, Ack> auditLog(TestDatabase database) throws Exception {
        Map<Long, Ack> log = new HashMap<>();
        try (java.sql.Connection c = database.connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT sequence, flag, after::text FROM flag_audit")) {
            while (rows.next()) {
                log.put(rows.getLong(1), new Ack(rows.getString(2), rows.getLong(1), rows.getString(3)));
            }
        }
        return log;
    }

    @Test
    void withTheDatabaseStoppedReplicasAnswerFromMemoryRefuseChangesAndCatchUpWhenItIsBack() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             Replicas replicas = Replicas.start(directory, 2, FLAGS, database)) {
            TestServer a = replicas.get(0);
            TestServer b = replicas.get(1);
            assertThat(a.put("/flags/flag-0", ADMIN, "{\"enabled\":true}").status()).isEqualTo(200);
            replicas.awaitSameVersion(Duration.ofSeconds(10));

            TestDatabase.down();
            try {
                for (TestServer replica : List.of(a, b)) {
                    JsonNode ready = await(replica, "/readyz", r -> r.json().get("store").get("status").asText()
                            .equals("reconnecting"));
                    assertThat(ready.get("ready").asBoolean()).isTrue();
                    assertThat(replica.get("/readyz", null).status()).isEqualTo(200);
                    assertThat(ready.get("warnings").toString()).contains(
                            "the database is unreachable: jdbc:postgresql://",
                            "answering from memory as of change 1, changes are refused until it is back");
                    assertThat(replica.get("/flags/flag-0", EVALUATE).json().get("enabled").asBoolean())
                            .as("evaluation from memory").isTrue();
                    assertThat(RemoteFlagsTest.gauge(replica, "flag_server_store_reachable")).isZero();
                }
                TestServer.Response refused = b.put("/flags/flag-1", ADMIN, "{\"enabled\":true}");
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isEqualTo("5");
                assertThat(refused.json().get("error").asText()).startsWith("the database is unreachable since ")
                        .endsWith("; nothing was changed; try again when it is back (GET /readyz tells)");
                assertThat(a.get("/audit", ADMIN).status()).isEqualTo(503);
            } finally {
                TestDatabase.up();
            }

            for (TestServer replica : List.of(a, b)) {
                await(replica, "/readyz", r -> r.json().get("store").get("status").asText().equals("ok"));
                assertThat(RemoteFlagsTest.gauge(replica, "flag_server_store_reachable")).isEqualTo(1);
            }
            assertThat(putHonouringRetryAfter(b, "/flags/flag-1", "{\"enabled\":true}").status()).isEqualTo(200);
            await(a, "/flags/flag-1", r -> r.json().get("enabled").asBoolean());
            JsonNode records = a.get("/audit", ADMIN).json().get("records");
            assertThat(records).as("the refused change left nothing").hasSize(2);
            assertThat(records.get(0).get("sequence").asLong()).isEqualTo(2);
        }
    }

    @Test
    void aReplicaCutOffWhileAChangeIsMadeReloadsItWhenItReconnects() throws Exception {
        String role = TestDatabase.uniqueName("replica_b_");
        String password = "pw-" + role;
        TestDatabase database = TestDatabase.create();
        TestServer a = null;
        TestServer b = null;
        try {
            a = TestServer.start(Files.createDirectories(directory.resolve("a")), FLAGS,
                    s -> Replicas.postgres(s, database)); // creates the tables
            TestDatabase.onServer("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            database.execute("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO " + role);
            Map<String, String> variables = new HashMap<>(TestServer.TOKENS);
            variables.put("FLAG_SERVER_DB_PASSWORD", password);
            b = TestServer.start(Files.createDirectories(directory.resolve("b")), FLAGS,
                    s -> s.store(StoreKind.POSTGRES, database.url()).database(role, null).variables(variables));

            // B's role may no longer log in, and its connections are cut: it cannot hear of what happens next
            TestDatabase.onServer("ALTER ROLE " + role + " NOLOGIN");
            TestDatabase.onServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role
                    + "'");
            await(b, "/readyz", r -> r.json().get("store").get("status").asText().equals("reconnecting"));
            assertThat(a.put("/flags/flag-0", ADMIN, "{\"enabled\":true}").status()).isEqualTo(200);
            assertThat(b.get("/flags/flag-0", EVALUATE).json().get("enabled").asBoolean())
                    .as("B answers what it last knew while it is cut off, and /readyz says so").isFalse();
            assertThat(b.put("/flags/flag-1", ADMIN, "{\"enabled\":true}").status()).isEqualTo(503);

            TestDatabase.onServer("ALTER ROLE " + role + " LOGIN");
            await(b, "/flags/flag-0", r -> r.json().get("enabled").asBoolean()); // the reload after the reconnect
            await(b, "/readyz", r -> r.json().get("store").get("status").asText().equals("ok"));
            assertThat(b.get("/flags", ADMIN).header("ETag")).isEqualTo(a.get("/flags", ADMIN).header("ETag"));
        } finally {
            if (b != null) {
                b.close();
            }
            if (a != null) {
                a.close();
            }
            database.close();
            TestDatabase.onServer("DROP ROLE IF EXISTS " + role);
        }
    }

    private static long version(TestServer.Response put) {
        return Long.parseLong(put.header("ETag").replace("\"", ""));
    }

    /** Polls {@code path} (bounded: 30 s) until {@code condition} holds, and returns that answer's JSON. */
    /**
     * A change as a client that honours 503's Retry-After makes it: a replica that has just seen the database come
     * back may still meet a connection the outage broke. Bounded: at most 5 attempts.
     */
    private static TestServer.Response putHonouringRetryAfter(TestServer server, String path, String body)
            throws InterruptedException {
        TestServer.Response last = server.put(path, ADMIN, body);
        for (int attempt = 1; attempt < 5 && last.status() == 503; attempt++) {
            assertThat(last.json().get("error").asText()).as("a 503 says to try again").contains("try again");
            Thread.sleep(1000);
            last = server.put(path, ADMIN, body);
        }
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        return last;
    }

    private static JsonNode await(TestServer server, String path, Predicate<TestServer.Response> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        TestServer.Response last;
        do {
            last = server.get(path, path.startsWith("/readyz") ? null : EVALUATE);
            if (last.status() < 500 && condition.test(last)) {
                return last.json();
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no answer of " + path + " met the condition within 30 s; the last: " + last.body());
    }
}
