package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static dev.flaglint.server.TestServer.SDK;
import static org.assertj.core.api.Assertions.assertThat;

/** The simple REST API, the definitions, routing, scopes, health and metrics, over real HTTP. */
class RestApiTest {

    /** Operators, exact decimals, environments and quoting: what the definitions must carry through JSON. */
    static final String RICH_FLAGS = TestServer.FLAGS + """
              mobile-v2:
                description: "Quotes: \\"yes\\", and a colon: here"
                owner: mobile-team
                created: 2026-02-01
                expires: 2099-02-01
                ticket: MOB-2
                rules:
                  - if: { app_version: { semver_gte: 2.10.0 }, country: [DE, AT] }
                    enabled: true
                  - if: { build: { gte: 2.10 }, email: { ends_with: [.example.com] } }
                    enabled: false
                rollout: 12.50
                rollout_by: device_id
                environments:
                  staging: { enabled: false }
                  production: { rollout: 0.01 }
            """;

    @TempDir
    static Path directory;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(directory, RICH_FLAGS, b -> b.environment("production"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void queryParametersAreTheContext() {
        TestServer.Response r = server.get("/flags/new-checkout?user_id=42&plan=enterprise", EVALUATE);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"flag\":\"new-checkout\",\"enabled\":true,\"value\":true,\"variant\":\"on\","
                + "\"reason\":\"TARGETING_MATCH\"}");
        // bucket of new-checkout:42 is 9532 (README's golden vector): out of a 10 % rollout
        assertThat(server.get("/flags/new-checkout?user_id=42", EVALUATE).body()).isEqualTo("{\"flag\":\"new-checkout\","
                + "\"enabled\":false,\"value\":false,\"variant\":\"off\",\"reason\":\"SPLIT\"}");
        assertThat(server.get("/flags/new-checkout", EVALUATE).json().get("reason").asText()).isEqualTo("DEFAULT");
    }

    @Test
    void envChoosesTheEnvironmentAndTheServerHasADefault() {
        assertThat(server.get("/flags/new-checkout?user_id=42&env=staging", EVALUATE).json().get("enabled").asBoolean())
                .isTrue(); // staging: rollout 100
        assertThat(server.get("/flags/mobile-v2?device_id=d1&env=staging", EVALUATE).json().get("reason").asText())
                .isEqualTo("DISABLED");
        // the server's default environment (production): rollout 0.01 %
        assertThat(server.get("/flags/mobile-v2?device_id=d1", EVALUATE).json().get("reason").asText()).isEqualTo("SPLIT");
        // an environment no flag mentions is the flags' defaults
        assertThat(server.get("/flags/new-checkout?user_id=42&env=nowhere", EVALUATE).json().get("enabled").asBoolean())
                .isFalse();
    }

    @Test
    void anUnknownFlagIs404AndStillSaysDisabled() {
        TestServer.Response r = server.get("/flags/nope?user_id=1", EVALUATE);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"flag\":\"nope\",\"enabled\":false,\"value\":false,\"error\":\"flag 'nope' is"
                + " not declared in flags.yaml; declare it there, or fix the key\",\"reason\":\"ERROR\",\"errorCode\":"
                + "\"FLAG_NOT_FOUND\"}");
    }

    @Test
    void aRepeatedOrOversizedAttributeIs400AndSaysDisabled() {
        TestServer.Response twice = server.get("/flags/new-checkout?plan=a&plan=b", EVALUATE);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("enabled").asBoolean()).isFalse();
        assertThat(twice.json().get("error").asText()).isEqualTo("attribute 'plan' is given 2 times; give each"
                + " attribute once");
        String many = IntStream.range(0, 101).mapToObj(i -> "a" + i + "=1").collect(Collectors.joining("&"));
        assertThat(server.get("/flags/new-checkout?" + many, EVALUATE).status()).isEqualTo(400);
        assertThat(server.get("/flags/new-checkout?email=" + "x".repeat(4097), EVALUATE).status()).isEqualTo(400);
    }

    @Test
    void definitionsAreAFlagsFileThatTheRuntimeReadsAsTheOriginal() {
        TestServer.Response r = server.get("/flags", SDK);
        assertThat(r.status()).isEqualTo(200);
        FlagsFile served = FlagsFile.parse("served", r.body(), Format.JSON);
        FlagsFile original = FlagsFile.parse("original", RICH_FLAGS, Format.YAML);
        assertThat(served.problems()).isEmpty();
        assertThat(served.flags().keySet()).containsExactlyElementsOf(original.flags().keySet());
        for (String key : original.flags().keySet()) {
            assertThat(withoutPositions(served.flags().get(key))).as(key)
                    .isEqualTo(withoutPositions(original.flags().get(key)));
        }
        assertThat(r.body()).contains("\"rollout\":12.50", "\"gte\":2.10", "\"rollout\":0.01");
    }

    private static Object withoutPositions(Flag flag) {
        return Arrays.asList(flag.metadata(), flag.targeting().enabled(), flag.targeting().rollout(),
                flag.targeting().rolloutBy(), flag.targeting().rules().stream().map(RestApiTest::rule).toList(),
                flag.environments().entrySet().stream().map(e -> Arrays.asList(e.getKey(), e.getValue().enabled(),
                        String.valueOf(e.getValue().rollout()), e.getValue().rolloutBy(),
                        e.getValue().rules().stream().map(RestApiTest::rule).toList())).toList());
    }

    private static Object rule(Rule rule) {
        return List.of(rule.conditions(), rule.enabled());
    }

    @Test
    void definitionsHaveAnETagAndAnswer304() {
        TestServer.Response first = server.get("/flags", SDK);
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{20}\"");
        TestServer.Response again = server.get("/flags", SDK, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void scopesNest() {
        // evaluate may not read definitions; sdk may; admin may everything
        TestServer.Response evaluate = server.get("/flags", EVALUATE);
        assertThat(evaluate.status()).isEqualTo(403);
        assertThat(evaluate.json().get("error").asText()).isEqualTo("token 'checkout' has scope 'evaluate'; this"
                + " endpoint needs 'sdk'");
        assertThat(server.get("/flags", ADMIN).status()).isEqualTo(200);
        TestServer.Response sdkWrites = server.put("/flags/dark-mode", SDK, "{\"enabled\":true}");
        assertThat(sdkWrites.status()).isEqualTo(403);
        assertThat(server.get("/audit", SDK).status()).isEqualTo(403);
        TestServer.Response none = server.get("/flags/dark-mode", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("error").asText()).isEqualTo("this endpoint needs a token with scope 'evaluate':"
                + " send 'Authorization: Bearer <token>' or 'X-API-Key: <token>'");
        assertThat(server.get("/flags/dark-mode", "wrong-token").status()).isEqualTo(401);
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405() {
        TestServer.Response missing = server.get("/nothing-here", ADMIN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("no such endpoint: GET /nothing-here (the endpoints"
                + " are listed in docs/SERVER.md)");
        TestServer.Response wrongMethod = server.post("/flags/dark-mode", ADMIN, "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET, PUT");
        assertThat(server.delete("/flags", ADMIN).status()).isEqualTo(405);
    }

    @Test
    void healthAndReadinessNeedNoToken() {
        TestServer.Response health = server.get("/healthz", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        TestServer.Response ready = server.get("/readyz", null);
        assertThat(ready.status()).isEqualTo(200);
        JsonNode body = ready.json();
        assertThat(body.get("ready").asBoolean()).isTrue();
        assertThat(body.get("flags").get("status").asText()).isEqualTo("ok");
        assertThat(body.get("flags").get("count").asInt()).isEqualTo(4);
        assertThat(body.get("store").get("status").asText()).isEqualTo("ok");
        assertThat(body.get("warnings")).isEmpty();
    }

    @Test
    void metricsCountRequestsByRouteAndStatusAndEvaluationsByFlagAndReason() {
        server.get("/flags/dark-mode", EVALUATE);
        server.get("/flags/dark-mode", null);
        server.get("/flags/not-declared-anywhere", EVALUATE);
        TestServer.Response r = server.get("/metrics", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/plain; version=0.0.4");
        assertThat(r.body()).containsPattern("flag_server_requests_total\\{route=\"flag_evaluate\",status=\"200\"} \\d")
                .containsPattern("flag_server_requests_total\\{route=\"flag_evaluate\",status=\"401\"} \\d")
                .containsPattern("flag_server_evaluations_total\\{flag=\"dark-mode\",reason=\"DISABLED\"} \\d")
                .containsPattern("flag_server_evaluations_total\\{flag=\"_undeclared\",reason=\"ERROR\"} \\d")
                .contains("flag_server_request_duration_seconds_bucket{route=\"flag_evaluate\",le=\"0.001\"}")
                .contains("flag_server_streams 0")
                .doesNotContain("not-declared-anywhere");
    }
}
