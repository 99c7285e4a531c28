package dev.flaglint.server;

import dev.flaglint.runtime.ErrorCode;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.FlagsListener;
import dev.flaglint.runtime.FlagsStatus;
import dev.flaglint.runtime.Reason;
import dev.flaglint.runtime.remote.Mode;
import dev.flaglint.runtime.remote.RemoteFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static dev.flaglint.server.TestServer.SDK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * flag-runtime's {@link RemoteFlags} against a real flag server on 127.0.0.1: it answers as the file does, in both
 * modes, and follows changes as the server makes them.
 */
class RemoteFlagsTest {

    static final String FLAGS = TestServer.FLAGS + TypedValuesTest.FLAGS.substring(
            TypedValuesTest.FLAGS.indexOf("flags:\n") + "flags:\n".length());
    static final List<FlagContext> CONTEXTS = List.of(FlagContext.empty(), FlagContext.targeting("user-1"),
            FlagContext.targeting("user-7").with("plan", "enterprise"), FlagContext.targeting("user-42"),
            FlagContext.empty().with("user_id", "user-14").with("account_id", "acct-3"));

    @TempDir
    Path directory;

    @Test
    void localEvaluationAnswersAsTheFileAndFollowsAnOverrideThroughTheStream() throws Exception {
        try (TestServer server = TestServer.start(directory, FLAGS, b -> b);
             RemoteFlags flags = RemoteFlags.builder(server.server.uri()).token(SDK).noBootstrap()
                     .pollInterval(Duration.ofHours(1)).build()) {
            assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.READY)).as(flags.statusDetail()).isTrue();
            assertThat(flags.mode()).isEqualTo(Mode.LOCAL_EVALUATION);
            FeatureFlags file = FeatureFlags.of(FLAGS);
            for (String key : file.keys()) {
                for (FlagContext context : CONTEXTS) {
                    assertThat(flags.evaluate(key, context)).as("%s %s", key, context)
                            .isEqualTo(file.evaluate(key, context));
                }
            }
            assertThat(flags.stringValue("checkout-button", FlagContext.targeting("user-1"), "none")).isEqualTo("orange");
            assertThat(flags.metadata("checkout-button").orElseThrow().owner()).isEqualTo("growth-team");

            List<Set<String>> changes = new CopyOnWriteArrayList<>();
            flags.addListener(new FlagsListener() {
                @Override
                public void flagsChanged(Set<String> keys) {
                    changes.add(keys);
                }
            });
            assertThat(server.put("/flags/dark-mode", ADMIN, "{\"enabled\":true}").status()).isEqualTo(200);
            assertThat(Eventually.holds(() -> flags.isEnabled("dark-mode"))).as("the override arrives").isTrue();
            assertThat(Eventually.holds(() -> !changes.isEmpty())).isTrue();
            assertThat(changes).containsExactly(Set.of("dark-mode"));
            assertThat(flags.toString()).isEqualTo("RemoteFlags[" + server.server.uri() + "/, LOCAL_EVALUATION, READY]");
        }
    }

    @Test
    void remoteEvaluationAsksTheServiceCachesAndForgetsWhatChanged() throws Exception {
        try (TestServer server = TestServer.start(directory, FLAGS, b -> b);
             RemoteFlags flags = RemoteFlags.builder(server.server.uri()).token(EVALUATE).remoteEvaluation()
                     .noBootstrap().build()) {
            assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.READY)).as(flags.statusDetail()).isTrue();
            FeatureFlags file = FeatureFlags.of(FLAGS);
            FlagContext enterprise = FlagContext.targeting("user-7").with("plan", "enterprise");
            assertThat(flags.stringDetails("checkout-button", enterprise, "none").value()).isEqualTo("green");
            assertThat(flags.evaluate("checkout-button", FlagContext.targeting("user-1")).variant()).isEqualTo("orange");
            assertThat(flags.value("layout", enterprise, Map.class, Map.of()))
                    .isEqualTo(file.value("layout", enterprise, Map.class, Map.of()));
            assertThat(flags.intValue("max-items", FlagContext.empty(), 0)).isEqualTo(250);
            assertThat(flags.metadata("new-checkout").orElseThrow().ticket()).isEqualTo("PAY-1234");

            // what the service says it cannot answer is the caller's default, with OpenFeature's error code
            Evaluation unknown = flags.evaluate("no-such-flag", FlagContext.empty(), true);
            assertThat(unknown.enabled()).isTrue();
            assertThat(unknown.errorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
            assertThat(flags.evaluate("account-tier", FlagContext.targeting("user-1")).errorCode())
                    .isEqualTo(ErrorCode.TARGETING_KEY_MISSING);

            // the stream's (re)connection clears the cache: once it is open, an answer stays cached
            assertThat(Eventually.holds(() -> gauge(server, "flag_server_streams") >= 1)).isTrue();
            flags.stringValue("checkout-button", enterprise, "none");
            double asked = settledRequests(server, "ofrep_evaluate", 200);
            for (int i = 0; i < 10; i++) {
                assertThat(flags.stringValue("checkout-button", enterprise, "none")).isEqualTo("green");
            }
            assertThat(settledRequests(server, "ofrep_evaluate", 200)).as("answered from the cache").isEqualTo(asked);

            assertThat(server.put("/flags/checkout-button", ADMIN,
                    "{\"default_variant\":\"control\",\"rollout\":{\"orange\":100}}").status()).isEqualTo(200);
            assertThat(Eventually.holds(() -> "orange".equals(flags.stringValue("checkout-button", enterprise, "none"))))
                    .as("the stream drops the changed flag's answers").isTrue();
            assertThat(flags.evaluate("checkout-button", enterprise).reason()).isEqualTo(Reason.SPLIT);
        }
    }

    /**
     * Requests the server counted, once the count has stopped moving: a request is counted when its answer has
     * been sent, which can be a moment after the client has it. Bounded: gives up waiting after 5 s.
     */
    static double settledRequests(TestServer server, String route, int status) throws InterruptedException {
        double last = requests(server, route, status);
        for (int i = 0; i < 50; i++) {
            Thread.sleep(100);
            double now = requests(server, route, status);
            if (now == last) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** A gauge's value from the server's /metrics. */
    static double gauge(TestServer server, String name) {
        return server.get("/metrics", null).body().lines().filter(l -> l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(name.length() + 1))).sum();
    }

    /** Requests the server counted for a route and status, from its /metrics. */
    static double requests(TestServer server, String route, int status) {
        String line = "flag_server_requests_total{route=\"" + route + "\",status=\"" + status + "\"} ";
        return server.get("/metrics", null).body().lines().filter(l -> l.startsWith(line))
                .mapToDouble(l -> Double.parseDouble(l.substring(line.length()))).sum();
    }
}
