package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.runtime.Bucketing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static org.assertj.core.api.Assertions.assertThat;

/** OFREP over real HTTP: shapes, reasons, error codes and statuses, the bulk ETag. */
class OfrepTest {

    private static final String SINGLE = "/ofrep/v1/evaluate/flags/";
    private static final String BULK = "/ofrep/v1/evaluate/flags";

    @TempDir
    static Path directory;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(directory);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aRuleMatchIsTargetingMatchWithTheFlagsMetadata() {
        TestServer.Response r = server.post(SINGLE + "new-checkout", EVALUATE,
                "{\"context\":{\"targetingKey\":\"user-1\",\"plan\":\"enterprise\"}}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"key\":\"new-checkout\",\"value\":true,\"variant\":\"on\",\"reason\":"
                + "\"TARGETING_MATCH\",\"metadata\":{\"owner\":\"payments-team\",\"expires\":\"2099-04-01\","
                + "\"ticket\":\"PAY-1234\"}}");
    }

    @Test
    void theTargetingKeyIsTheRolloutUnitAndBucketsAsTheRuntimeDoes() {
        // Find one unit in the 10 % rollout and one out of it, by the portable bucketing.
        String in = IntStream.range(0, 1000).mapToObj(i -> "user-" + i)
                .filter(u -> Bucketing.bucket("new-checkout", u) < 1000).findFirst().orElseThrow();
        String out = IntStream.range(0, 1000).mapToObj(i -> "user-" + i)
                .filter(u -> Bucketing.bucket("new-checkout", u) >= 1000).findFirst().orElseThrow();
        JsonNode yes = server.post(SINGLE + "new-checkout", EVALUATE, "{\"context\":{\"targetingKey\":\"" + in + "\"}}").json();
        JsonNode no = server.post(SINGLE + "new-checkout", EVALUATE, "{\"context\":{\"targetingKey\":\"" + out + "\"}}").json();
        assertThat(yes.get("value").asBoolean()).isTrue();
        assertThat(yes.get("reason").asText()).isEqualTo("SPLIT");
        assertThat(no.get("value").asBoolean()).isFalse();
        assertThat(no.get("reason").asText()).isEqualTo("SPLIT");
        // rollout_by (user_id) wins over the targeting key when the context has it
        JsonNode byUserId = server.post(SINGLE + "new-checkout", EVALUATE,
                "{\"context\":{\"targetingKey\":\"" + out + "\",\"user_id\":\"" + in + "\"}}").json();
        assertThat(byUserId.get("value").asBoolean()).isTrue();
    }

    @Test
    void aStaticAndADisabledFlag() {
        assertThat(server.post(SINGLE + "payments-kill-switch", EVALUATE, "{\"context\":{}}").body())
                .isEqualTo("{\"key\":\"payments-kill-switch\",\"value\":true,\"variant\":\"on\",\"reason\":\"STATIC\","
                        + "\"metadata\":{\"owner\":\"sre\",\"permanent\":true,\"ticket\":\"OPS-17\"}}");
        JsonNode off = server.post(SINGLE + "dark-mode", EVALUATE, "").json();
        assertThat(off.get("value").asBoolean()).isFalse();
        assertThat(off.get("variant").asText()).isEqualTo("off");
        assertThat(off.get("reason").asText()).isEqualTo("DISABLED");
    }

    @Test
    void aRolloutWithoutAnyUnitIsTargetingKeyMissing() {
        TestServer.Response r = server.post(SINGLE + "new-checkout", EVALUATE, "{\"context\":{\"plan\":\"free\"}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("key").asText()).isEqualTo("new-checkout");
        assertThat(r.json().get("errorCode").asText()).isEqualTo("TARGETING_KEY_MISSING");
        assertThat(r.json().get("errorDetails").asText()).isEqualTo("flag 'new-checkout' rolls out by 'user_id', and"
                + " the context has neither 'user_id' nor 'targetingKey'; send a targetingKey");
    }

    @Test
    void anUnknownFlagIsFlagNotFound() {
        TestServer.Response r = server.post(SINGLE + "no-such-flag", EVALUATE, "{\"context\":{}}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"key\":\"no-such-flag\",\"errorCode\":\"FLAG_NOT_FOUND\",\"errorDetails\":"
                + "\"flag 'no-such-flag' is not declared in flags.yaml\"}");
    }

    @Test
    void malformedJsonIsParseErrorNamingLineAndColumn() {
        TestServer.Response r = server.post(SINGLE + "dark-mode", EVALUATE, "{\"context\":\n  {\"plan\": }}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errorCode").asText()).isEqualTo("PARSE_ERROR");
        assertThat(r.json().get("errorDetails").asText()).startsWith("malformed JSON at line 2, column 12: ");
        TestServer.Response bulk = server.post(BULK, EVALUATE, "[1,");
        assertThat(bulk.status()).isEqualTo(400);
        assertThat(bulk.json().get("errorCode").asText()).isEqualTo("PARSE_ERROR");
        assertThat(bulk.json().has("key")).isFalse();
    }

    @Test
    void contextLimitsAreInvalidContext() {
        String many = IntStream.range(0, 101).mapToObj(i -> "\"a" + i + "\":1").collect(Collectors.joining(","));
        TestServer.Response tooMany = server.post(SINGLE + "dark-mode", EVALUATE, "{\"context\":{" + many + "}}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("errorCode").asText()).isEqualTo("INVALID_CONTEXT");
        assertThat(tooMany.json().get("errorDetails").asText()).isEqualTo("the context has 101 attributes; at most 100"
                + " are accepted: send only those the flags use");

        TestServer.Response tooLong = server.post(SINGLE + "dark-mode", EVALUATE,
                "{\"context\":{\"email\":\"" + "x".repeat(4097) + "\"}}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errorDetails").asText()).startsWith("attribute 'email' is longer than 4096 bytes");

        TestServer.Response badKey = server.post(BULK, EVALUATE, "{\"context\":{\"targetingKey\":42}}");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().get("errorCode").asText()).isEqualTo("INVALID_CONTEXT");
        assertThat(badKey.json().get("errorDetails").asText()).isEqualTo("'targetingKey' must be a string, got number");

        // exactly at the limits is fine
        String hundred = IntStream.range(0, 100).mapToObj(i -> "\"a" + i + "\":1").collect(Collectors.joining(","));
        assertThat(server.post(SINGLE + "dark-mode", EVALUATE, "{\"context\":{" + hundred + "}}").status()).isEqualTo(200);
        assertThat(server.post(SINGLE + "dark-mode", EVALUATE, "{\"context\":{\"e\":\"" + "x".repeat(4096) + "\"}}")
                .status()).isEqualTo(200);
    }

    @Test
    void aBodyOver64KiBIs413() {
        String big = "{\"context\":{\"a\":\"" + "x".repeat(70_000) + "\"}}";
        TestServer.Response r = server.post(SINGLE + "dark-mode", EVALUATE, big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("errorDetails").asText()).isEqualTo("the request body is larger than 64 KiB; send at"
                + " most 64 KiB");
    }

    @Test
    void withoutAValidTokenIs401AndWithoutBody() {
        TestServer.Response none = server.post(SINGLE + "dark-mode", null, "{}");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body()).isEmpty();
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        TestServer.Response wrong = server.post(SINGLE + "dark-mode", "not-a-token-of-this-server", "{}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isEmpty();
        // X-API-Key works as well as Authorization: Bearer
        assertThat(server.post(SINGLE + "dark-mode", null, "{}", "X-API-Key", EVALUATE).status()).isEqualTo(200);
    }

    @Test
    void aRefusedRequestsBodyIsReadSoItsConnectionServesTheNextRequest() throws Exception {
        try (RawHttp connection = RawHttp.open(server, Duration.ofSeconds(10))) {
            // the headers first, the body a moment later, as a client on a slow network sends them
            connection.send("POST " + SINGLE + "dark-mode HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 2\r\n\r\n");
            Thread.sleep(300);
            connection.send("{}");
            assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 401 Unauthorized");
            assertThat(connection.headersAndSkipBody()).doesNotContain("connection: close");

            connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(connection.statusLine()).as("the same connection answers the next request")
                    .isEqualTo("HTTP/1.1 200 OK");
        }
    }

    @Test
    void aBodyOverTheLimitIsReadSoThe413ArrivesAndTheConnectionServesTheNextRequest() throws Exception {
        try (RawHttp connection = RawHttp.open(server, Duration.ofSeconds(10))) {
            byte[] body = ("{\"context\":{\"a\":\"" + "x".repeat(70_000) + "\"}}").getBytes(StandardCharsets.ISO_8859_1);
            connection.send("POST " + SINGLE + "dark-mode HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + EVALUATE + "\r\nContent-Length: " + body.length + "\r\n\r\n");
            connection.send(body, 0, 1000); // the rest a moment later, as over a slow network
            Thread.sleep(300);
            connection.send(body, 1000, body.length - 1000);
            assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
            connection.headersAndSkipBody();

            connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(connection.statusLine()).as("the same connection answers the next request")
                    .isEqualTo("HTTP/1.1 200 OK");
        }
    }

    @Test
    void aClientThatNeverSendsTheBodyItAnnouncedIsStillRefusedAndHoldsNoThread() throws Exception {
        // a read waits far beyond the server's wait for the body: only a hang fails this
        try (RawHttp connection = RawHttp.open(server, Duration.ofSeconds(20))) {
            connection.send("POST " + SINGLE + "dark-mode HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{");
            assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 401 Unauthorized");
        }
    }

    @Test
    void theBulkAnswerHasEveryFlagAnETagAndTheEventStream() {
        TestServer.Response r = server.post(BULK, EVALUATE, "{\"context\":{\"targetingKey\":\"user-1\",\"plan\":\"enterprise\"}}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("flags")).hasSize(3);
        assertThat(body.get("flags").get(0).get("key").asText()).isEqualTo("new-checkout");
        assertThat(body.get("flags").get(0).get("reason").asText()).isEqualTo("TARGETING_MATCH");
        assertThat(body.get("flags").get(2).get("reason").asText()).isEqualTo("DISABLED");
        assertThat(body.get("eventStreams").get(0).get("type").asText()).isEqualTo("sse");
        assertThat(body.get("eventStreams").get(0).get("url").asText()).isEqualTo(server.uri("/flags/stream").toString());
        assertThat(body.get("metadata").get("version").asText()).hasSize(20);
        assertThat(r.header("ETag")).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void aBulkRequestWithTheSameContextIs304AndAnotherContextIsNot() {
        String etag = server.post(BULK, EVALUATE, "{\"context\":{\"targetingKey\":\"u\",\"plan\":\"free\"}}").header("ETag");
        // the same context, keys in another order: the canonical context has the same ETag
        TestServer.Response same = server.post(BULK, EVALUATE, "{\"context\":{\"plan\":\"free\",\"targetingKey\":\"u\"}}",
                "If-None-Match", etag);
        assertThat(same.status()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(same.header("ETag")).isEqualTo(etag);
        TestServer.Response other = server.post(BULK, EVALUATE, "{\"context\":{\"targetingKey\":\"v\",\"plan\":\"free\"}}",
                "If-None-Match", etag);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void anOverrideChangesTheBulkETag() {
        String context = "{\"context\":{\"targetingKey\":\"etag-user\"}}";
        String before = server.post(BULK, EVALUATE, context).header("ETag");
        assertThat(server.put("/flags/dark-mode", ADMIN, "{\"enabled\":true}").status()).isEqualTo(200);
        try {
            TestServer.Response after = server.post(BULK, EVALUATE, context, "If-None-Match", before);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.header("ETag")).isNotEqualTo(before);
        } finally {
            assertThat(server.delete("/flags/dark-mode/override", ADMIN).status()).isEqualTo(200);
        }
    }
}
