package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flaglint.openfeature.FlagLintProvider;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagsStatus;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.remote.RemoteFlags;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.NoOpProvider;
import dev.openfeature.sdk.OpenFeatureAPI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static dev.flaglint.server.TestServer.EVALUATE;
import static dev.flaglint.server.TestServer.SDK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The experiment check: a flag with three weighted variants gives every one of 100,000 units the same variant in
 * flag-runtime, through OpenFeature (flag-lint's provider over the file and over RemoteFlags synced from the
 * server), and from the server over OFREP; and the split is within one percentage point of the weights.
 */
class ExperimentTest {

    /** checkout-button: control 50, green 25, orange 25, and a rule that the units here do not match. */
    static final String FLAGS = TypedValuesTest.FLAGS;
    private static final int UNITS = 100_000;
    private static final int REMOTE_EVALUATION_UNITS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void threeWeightedVariantsSplitAlikeEverywhereAndAsWeighted() throws Exception {
        FeatureFlags runtime = FeatureFlags.of(FLAGS);
        OpenFeatureAPI api = OpenFeatureAPI.getInstance();
        try (TestServer server = TestServer.start(directory, FLAGS, b -> b.rateLimit(0));
             RemoteFlags local = RemoteFlags.builder(server.server.uri()).token(SDK).noBootstrap().build();
             RemoteFlags remote = RemoteFlags.builder(server.server.uri()).token(EVALUATE).remoteEvaluation()
                     .noBootstrap().build()) {
            // build() waits at most the timeout; on a busy machine the first answer may come a little later
            assertThat(Eventually.holds(() -> local.status() == FlagsStatus.READY)).as(local.statusDetail()).isTrue();
            assertThat(Eventually.holds(() -> remote.status() == FlagsStatus.READY)).as(remote.statusDetail()).isTrue();
            api.setProviderAndWait("experiment-file", new FlagLintProvider(runtime));
            api.setProviderAndWait("experiment-local", new FlagLintProvider(local));
            api.setProviderAndWait("experiment-remote", new FlagLintProvider(remote));
            Client overFile = api.getClient("experiment-file");
            Client overLocal = api.getClient("experiment-local");
            Client overRemote = api.getClient("experiment-remote");

            String[] ofrep = ofrepVariants(server);
            Map<String, Integer> split = new TreeMap<>();
            List<String> disagree = new ArrayList<>();
            for (int i = 0; i < UNITS; i++) {
                String unit = "user-" + i;
                String variant = runtime.variant("checkout-button", FlagContext.targeting(unit));
                split.merge(variant, 1, Integer::sum);
                ImmutableContext context = new ImmutableContext(unit);
                FlagEvaluationDetails<String> file = overFile.getStringDetails("checkout-button", "none", context);
                FlagEvaluationDetails<String> synced = overLocal.getStringDetails("checkout-button", "none", context);
                List<String> seen = List.of(file.getVariant(), synced.getVariant(), ofrep[i]);
                if (!seen.stream().allMatch(variant::equals) || !"SPLIT".equals(file.getReason())
                        || !"SPLIT".equals(synced.getReason())) {
                    disagree.add(unit + ": runtime " + variant + ", OpenFeature over the file, over RemoteFlags,"
                            + " OFREP: " + seen);
                }
                if (i < REMOTE_EVALUATION_UNITS) {
                    FlagEvaluationDetails<String> asked = overRemote.getStringDetails("checkout-button", "none", context);
                    if (!variant.equals(asked.getVariant())) {
                        disagree.add(unit + ": runtime " + variant + ", OpenFeature over remote evaluation "
                                + asked.getVariant());
                    }
                }
            }
            System.out.printf("checkout-button over %,d units: %s (weights control 50, green 25, orange 25)%n", UNITS,
                    split);
            assertThat(disagree).as("every path gives every unit the same variant").isEmpty();
            assertThat(split.get("control") / (double) UNITS).isCloseTo(0.50, within(0.01));
            assertThat(split.get("green") / (double) UNITS).isCloseTo(0.25, within(0.01));
            assertThat(split.get("orange") / (double) UNITS).isCloseTo(0.25, within(0.01));
        } finally {
            for (String domain : List.of("experiment-file", "experiment-local", "experiment-remote")) {
                api.setProviderAndWait(domain, new NoOpProvider());
            }
        }
    }

    /** Each unit's variant from the server, over OFREP: {@code UNITS} requests, eight in flight at a time. */
    private static String[] ofrepVariants(TestServer server) throws Exception {
        String[] variants = new String[UNITS];
        Semaphore inFlight = new Semaphore(8);
        List<CompletableFuture<Void>> calls = new ArrayList<>(UNITS);
        long start = System.nanoTime();
        for (int i = 0; i < UNITS; i++) {
            int unit = i;
            HttpRequest request = server.request("/ofrep/v1/evaluate/flags/checkout-button", EVALUATE)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"context\":{\"targetingKey\":\"user-" + i + "\"}}"))
                    .build();
            inFlight.acquire();
            calls.add(server.client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .thenAccept(response -> variants[unit] = variant(response))
                    .whenComplete((ok, failure) -> inFlight.release()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        System.out.printf("%,d OFREP evaluations in %.1f s%n", UNITS, (System.nanoTime() - start) / 1e9);
        return variants;
    }

    private static String variant(HttpResponse<byte[]> response) {
        try {
            JsonNode answer = JSON.readTree(response.body());
            boolean split = response.statusCode() == 200 && "SPLIT".equals(answer.path("reason").asText());
            return split ? answer.path("variant").asText() : "HTTP " + response.statusCode() + " " + answer;
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }
}
