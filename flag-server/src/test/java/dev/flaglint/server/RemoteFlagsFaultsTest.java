package dev.flaglint.server;

import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.Flags;
import dev.flaglint.runtime.FlagsListener;
import dev.flaglint.runtime.FlagsStatus;
import dev.flaglint.runtime.remote.RemoteFlags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static dev.flaglint.server.TestServer.SDK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link RemoteFlags} does when the flag server fails it, against a real server: killed mid-run, frozen,
 * refusing the token, rate limiting, a corrupt cache file, a flags file changed while evaluations run. Every loop is
 * bounded in count and time; nothing asserts a duration.
 */
class RemoteFlagsFaultsTest {

    private static final String FLAGS = RemoteFlagsTest.FLAGS;
    private static final List<FlagContext> CONTEXTS = RemoteFlagsTest.CONTEXTS;

    @TempDir
    Path directory;
    private final List<String> log = new CopyOnWriteArrayList<>(); // read while the client's threads log
    private final Logger remoteLogger = Logger.getLogger("dev.flaglint.runtime.remote");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record.getParameters() == null ? record.getMessage()
                    : MessageFormat.format(record.getMessage(), record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private java.util.logging.Level level;

    @BeforeEach
    void captureLog() {
        level = remoteLogger.getLevel();
        remoteLogger.setLevel(java.util.logging.Level.INFO);
        remoteLogger.setUseParentHandlers(false); // asserted, not printed
        remoteLogger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        remoteLogger.removeHandler(capture);
        remoteLogger.setUseParentHandlers(true);
        remoteLogger.setLevel(level);
    }

    @Test
    void killedMidRunTheSnapshotAnswersStaleThenReadyAfterTheRestart() throws Exception {
        Path flagsFile = directory.resolve("flags.yaml");
        Files.writeString(flagsFile, FLAGS);
        Path cacheFile = directory.resolve("cache").resolve("flags.json");
        ChildServer child = ChildServer.start(List.of("--flags", flagsFile.toString(), "--port", "0", "--data",
                directory.resolve("data").toString(), "--reload-interval", "60m"), TestServer.TOKENS);
        int port = child.uri.getPort();
        FeatureFlags file = FeatureFlags.of(FLAGS);
        List<FlagsStatus> heard = new CopyOnWriteArrayList<>();
        try (RemoteFlags flags = RemoteFlags.builder(child.uri).token(SDK).bootstrap(file)
                .pollInterval(Duration.ofMillis(200)).cacheFile(cacheFile).build()) {
            // build() waits at most the timeout: a child JVM just started may answer its first sync a bit later
            assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.READY)).as(flags.statusDetail()).isTrue();
            flags.addListener(new FlagsListener() {
                @Override
                public void statusChanged(FlagsStatus status, String detail) {
                    heard.add(status);
                }
            });
            // an override the file does not have: answers that come from the service, not from the bootstrap file
            assertThat(TestServer.send(child.uri, "PUT", "/flags/dark-mode", ADMIN, "{\"enabled\":true}").statusCode())
                    .isEqualTo(200);
            assertThat(Eventually.holds(() -> flags.isEnabled("dark-mode"))).isTrue();
            Map<String, Evaluation> before = answers(flags);

            child.kill();
            assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.STALE)).as(flags.statusDetail()).isTrue();
            assertThat(flags.statusDetail()).startsWith("flag service " + child.uri + "/ cannot be reached: ")
                    .contains("; answering from the flags it gave at ");
            assertThat(answers(flags)).as("the snapshot answers on").isEqualTo(before);

            // a restart of the application during the outage answers from the cache file, as the service last did
            try (RemoteFlags restarted = RemoteFlags.builder(child.uri).token(SDK).bootstrap(file)
                    .cacheFile(cacheFile).build()) {
                assertThat(restarted.status()).isEqualTo(FlagsStatus.STALE);
                assertThat(restarted.statusDetail()).contains("answering from the cache file " + cacheFile);
                assertThat(answers(restarted)).isEqualTo(before);
            }

            try (TestServer again = TestServer.start(directory, null, b -> b.port(port))) {
                assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.READY)).as(flags.statusDetail())
                        .isTrue();
                assertThat(answers(flags)).isEqualTo(before);
                // listeners hear of it on the client's own thread, a moment after the status changed
                assertThat(Eventually.holds(() -> heard.size() >= 2)).isTrue();
                assertThat(heard).containsExactly(FlagsStatus.STALE, FlagsStatus.READY);
                assertThat(log.stream().filter(l -> l.contains("cannot be reached") && l.contains("the flags it gave")))
                        .as("one line per outage, however many retries").hasSize(1);
                assertThat(Eventually.holds(() -> log.stream().anyMatch(l -> l.contains("answers again;")))).isTrue();
                assertThat(log.stream().filter(l -> l.contains("answers again;"))).hasSize(1);
            }
        } finally {
            child.close();
        }
    }

    @Test
    void remoteEvaluationIsReadyWhenTheServiceComesBackWithoutWaitingForACall() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // nothing listens there until the server starts below
        }
        try (RemoteFlags flags = RemoteFlags.builder(URI.create("http://127.0.0.1:" + port)).token(EVALUATE)
                .remoteEvaluation().noBootstrap().build()) {
            assertThat(flags.status()).isNotEqualTo(FlagsStatus.READY);
            try (TestServer server = TestServer.start(directory, FLAGS, b -> b.port(port))) {
                // the change stream reconnects on its own; when it does, the client asks the service again
                assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.READY)).as(flags.statusDetail())
                        .isTrue();
                assertThat(flags.evaluate("checkout-button", FlagContext.targeting("user-1")).variant())
                        .isEqualTo("orange");
            }
        }
    }

    @Test
    void aFrozenServerHoldsNoCallPastTheTimeout() throws Exception {
        Path flagsFile = directory.resolve("flags.yaml");
        Files.writeString(flagsFile, FLAGS);
        ChildServer child = ChildServer.start(List.of("--flags", flagsFile.toString(), "--port", "0", "--data",
                directory.resolve("data").toString()), TestServer.TOKENS);
        FeatureFlags file = FeatureFlags.of(FLAGS);
        // the bootstrap answers differently from the service for dark-mode, so the test sees who answered
        FeatureFlags bootstrap = FeatureFlags.of(FLAGS).withOverride("dark-mode", true);
        try (RemoteFlags remote = RemoteFlags.builder(child.uri).token(EVALUATE).remoteEvaluation().bootstrap(bootstrap)
                .cacheTtl(Duration.ZERO).build();
             RemoteFlags local = RemoteFlags.builder(child.uri).token(SDK).bootstrap(bootstrap).build()) {
            assertThat(Eventually.holds(() -> remote.status() == FlagsStatus.READY)).as(remote.statusDetail()).isTrue();
            assertThat(Eventually.holds(() -> local.status() == FlagsStatus.READY)).as(local.statusDetail()).isTrue();
            Evaluation asked = remote.evaluate("new-checkout", CONTEXTS.get(2));
            Evaluation inProcess = file.evaluate("new-checkout", CONTEXTS.get(2));
            assertThat(List.of(asked.value(), asked.variant(), asked.reason()))
                    .isEqualTo(List.of(inProcess.value(), inProcess.variant(), inProcess.reason()));

            signal("STOP", child);
            List<Long> remoteNanos = new CopyOnWriteArrayList<>();
            List<Long> localNanos = new CopyOnWriteArrayList<>();
            List<String> wrong = new CopyOnWriteArrayList<>();
            Thread calls = new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    long start = System.nanoTime();
                    // asked before: its last answer, however old (TTL 0); never asked: the bootstrap file's
                    expect(wrong, "remote asked before", remote.evaluate("new-checkout", CONTEXTS.get(2)), asked);
                    FlagContext fresh = FlagContext.targeting("never-asked-" + i);
                    expect(wrong, "remote never asked", remote.evaluate("dark-mode", fresh),
                            bootstrap.evaluate("dark-mode", fresh));
                    remoteNanos.add(System.nanoTime() - start);
                    start = System.nanoTime();
                    expect(wrong, "local", local.evaluate("dark-mode", fresh), file.evaluate("dark-mode", fresh));
                    localNanos.add(System.nanoTime() - start);
                }
            }, "calls to a frozen server");
            calls.start();
            calls.join(TimeUnit.SECONDS.toMillis(30));
            boolean finishedWhileFrozen = !calls.isAlive();
            signal("CONT", child);
            calls.join(TimeUnit.SECONDS.toMillis(30));

            assertThat(finishedWhileFrozen).as("every call returned while the server could not answer").isTrue();
            assertThat(wrong).isEmpty();
            System.out.printf("frozen server, timeout 500 ms: remote evaluation, 2 calls per round: max %.1f ms,"
                            + " rounds %s ms; local evaluation: max %.3f ms%n", max(remoteNanos), millis(remoteNanos),
                    max(localNanos));
            assertThat(Eventually.holds(() -> remote.status() == FlagsStatus.STALE
                    || remote.status() == FlagsStatus.READY)).isTrue();
            assertThat(Eventually.holds(() -> {
                remote.evaluate("dark-mode", FlagContext.targeting("after"));
                return remote.status() == FlagsStatus.READY;
            })).as("asked again once it answers: " + remote.statusDetail()).isTrue();
        } finally {
            child.close();
        }
    }

    @Test
    void aRefusedTokenIsLoggedOnceNotRetriedAndNeverLogged() throws Exception {
        String wrongToken = "not-a-token-of-this-server-0123";
        try (TestServer server = TestServer.start(directory, FLAGS, b -> b);
             RemoteFlags flags = RemoteFlags.builder(server.server.uri()).token(wrongToken)
                     .bootstrap(FeatureFlags.of(FLAGS)).pollInterval(Duration.ofMillis(20)).build()) {
            assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.ERROR && RemoteFlagsTest.requests(server,
                    "definitions", 401) == 1)).isTrue();
            assertThat(flags.statusDetail()).isEqualTo("flag service " + server.server.uri() + "/ refused the token"
                    + " (HTTP 401: the token is missing or unknown); it is not asked again until restart, answering"
                    + " from <inline> (the bootstrap file). Give it a token the service knows.");
            assertThat(flags.isEnabled("payments-kill-switch")).as("the bootstrap file answers").isTrue();
            Thread.sleep(500); // 25 poll intervals
            assertThat(RemoteFlagsTest.requests(server, "definitions", 401)).as("not asked again").isEqualTo(1);
            assertThat(RemoteFlagsTest.requests(server, "stream", 401)).isLessThanOrEqualTo(1);
            assertThat(log.stream().filter(l -> l.contains("refused the token"))).hasSize(1);
        }
        // a token the service knows, of too small a scope for local evaluation
        try (TestServer server = TestServer.start(Files.createDirectories(directory.resolve("second")), FLAGS, b -> b);
             RemoteFlags flags = RemoteFlags.builder(server.server.uri()).token(EVALUATE).noBootstrap().build()) {
            assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.ERROR)).isTrue();
            assertThat(flags.statusDetail()).contains("(HTTP 403: the token lacks the scope)").endsWith("Local"
                    + " evaluation reads GET /flags, which needs a token of scope sdk: use one, or remote evaluation"
                    + " with a token of scope evaluate.");
        }
        assertThat(log).isNotEmpty().noneMatch(l -> l.contains(wrongToken) || l.contains(EVALUATE));
    }

    @Test
    void a429sRetryAfterIsWaitedOut() throws Exception {
        try (TestServer server = TestServer.start(directory, FLAGS, b -> b.rateLimit(1));
             RemoteFlags flags = RemoteFlags.builder(server.server.uri()).token(SDK).noBootstrap().streaming(false)
                     .pollInterval(Duration.ofMillis(20)).build()) {
            long start = System.nanoTime();
            assertThat(Eventually.holds(() -> RemoteFlagsTest.requests(server, "definitions", 429) >= 2)).isTrue();
            Thread.sleep(2000);
            double refused = RemoteFlagsTest.requests(server, "definitions", 429);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("rate limit 1/s, poll interval 20 ms: %.0f answers 429 in %.1f s%n", refused, seconds);
            // every 429 says Retry-After: 1, so at most one a second (polling at 20 ms without it: about fifty)
            assertThat(refused).isLessThanOrEqualTo(seconds + 2);
            assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.READY)).as(flags.statusDetail()).isTrue();
            assertThat(flags.isEnabled("payments-kill-switch")).isTrue();
            assertThat(log.stream().filter(l -> l.contains("asks this client to slow down (HTTP 429); the next"
                    + " request waits 1 s as its Retry-After says"))).isNotEmpty();
        }
    }

    @Test
    void aCorruptCacheFileIsIgnoredWithOneLineAndReplaced() throws Exception {
        Path cacheFile = directory.resolve("flags-cache.json");
        Files.writeString(cacheFile, "{\"flags\": {\"dark-mode\": {\"owner\": ");
        URI nobody = closedPort();
        try (RemoteFlags flags = RemoteFlags.builder(nobody).token(SDK).bootstrap(FeatureFlags.of(FLAGS))
                .cacheFile(cacheFile).build()) {
            assertThat(log).filteredOn(l -> l.startsWith("cache file " + cacheFile + " ignored: it is not a usable"
                    + " flags snapshot: " + cacheFile + ":1:")).hasSize(1);
            assertThat(Eventually.holds(() -> flags.statusDetail().contains("has not been reached: cannot connect")))
                    .as(flags.statusDetail()).isTrue();
            assertThat(flags.status()).isEqualTo(FlagsStatus.ERROR);
            assertThat(flags.isEnabled("payments-kill-switch")).as("the bootstrap file answers").isTrue();
        }
        try (TestServer server = TestServer.start(directory, FLAGS, b -> b);
             RemoteFlags flags = RemoteFlags.builder(server.server.uri()).token(SDK).noBootstrap()
                     .cacheFile(cacheFile).build()) {
            assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.READY)).as(flags.statusDetail()).isTrue();
            assertThat(Files.readString(cacheFile)).isEqualTo(server.get("/flags", SDK).body());
        }
    }

    @Test
    void aFlagsFileChangedDuringEvaluationIsTakenWholeAndAnnounced() throws Exception {
        String next = FLAGS.replace("    rollout: 10\n", "    rollout: 60\n")
                .replace("rollout: { control: 50, green: 25, orange: 25 }", "rollout: { control: 10, green: 10, orange: 80 }");
        FeatureFlags before = FeatureFlags.of(FLAGS);
        FeatureFlags after = FeatureFlags.of(next);
        assertThat(after.changedSince(before)).containsExactly("checkout-button", "new-checkout");
        try (TestServer server = TestServer.start(directory, FLAGS, b -> b);
             RemoteFlags flags = RemoteFlags.builder(server.server.uri()).token(SDK).noBootstrap()
                     .pollInterval(Duration.ofHours(1)).build()) {
            List<Set<String>> changes = new CopyOnWriteArrayList<>();
            flags.addListener(new FlagsListener() {
                @Override
                public void flagsChanged(Set<String> keys) {
                    changes.add(keys);
                }
            });
            List<String> wrong = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> evaluators = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int offset = t;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 2_000_000 && !stop.get(); i++) {
                        FlagContext context = FlagContext.targeting("user-" + ((i * 7 + offset) % 500));
                        for (String key : List.of("new-checkout", "checkout-button")) {
                            Evaluation e = flags.evaluate(key, context);
                            if (!e.equals(before.evaluate(key, context)) && !e.equals(after.evaluate(key, context))) {
                                wrong.add(key + " " + context + ": " + e);
                            }
                        }
                    }
                }, "evaluator " + t);
                thread.start();
                evaluators.add(thread);
            }
            assertThat(server.rewriteFlags(next)).isTrue();
            FlagContext probe = FlagContext.targeting("user-3");
            assertThat(Eventually.holds(() -> flags.evaluate("checkout-button", probe)
                    .equals(after.evaluate("checkout-button", probe)))).isTrue();
            Thread.sleep(100);
            stop.set(true);
            for (Thread thread : evaluators) {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertThat(wrong).as("every answer is the old file's or the new one's").isEmpty();
            assertThat(Eventually.holds(() -> !changes.isEmpty())).isTrue();
            assertThat(changes).containsExactly(Set.of("checkout-button", "new-checkout"));
            for (FlagContext context : CONTEXTS) {
                assertThat(flags.evaluate("new-checkout", context)).isEqualTo(after.evaluate("new-checkout", context));
            }
        }
    }

    private static Map<String, Evaluation> answers(Flags flags) {
        Map<String, Evaluation> answers = new java.util.TreeMap<>();
        for (String key : FeatureFlags.of(FLAGS).keys()) {
            for (FlagContext context : CONTEXTS) {
                answers.put(key + " " + context, flags.evaluate(key, context));
            }
        }
        return answers;
    }

    private static void expect(List<String> wrong, String what, Evaluation actual, Evaluation expected) {
        if (!actual.equals(expected)) {
            wrong.add(what + ": " + actual + " instead of " + expected);
        }
    }

    /** Sends SIGSTOP or SIGCONT: a frozen server accepts connections and never answers. */
    private static void signal(String name, ChildServer child) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(child.process.pid())).start();
        assertThat(kill.waitFor(30, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -" + name).isTrue();
        if (name.equals("STOP")) {
            // kill returns once the signal is sent; a busy machine may let the server answer a moment longer
            assertThat(Eventually.holds(() -> everyThreadStopped(child.process.pid()))).as("stopped").isTrue();
        }
    }

    /** From /proc: every thread of the process is in state T (stopped). Where there is no /proc, assumed. */
    private static boolean everyThreadStopped(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return true;
        }
        try (var threads = Files.list(tasks)) {
            return threads.allMatch(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    char state = stat.charAt(stat.lastIndexOf(')') + 2);
                    return state == 'T' || state == 't';
                } catch (java.io.IOException e) {
                    return true; // the thread has ended
                }
            });
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** An address on this machine where nothing listens. */
    private static URI closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private static double max(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> String.format("%.1f", n / 1e6)).toList().toString();
    }
}
