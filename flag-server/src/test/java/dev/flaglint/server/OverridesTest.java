package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static org.assertj.core.api.Assertions.assertThat;

/** Run-time overrides and the audit log, over real HTTP. */
class OverridesTest {

    @TempDir
    Path directory;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(directory);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aPutFlipsAKillSwitchAndTheAuditLogSaysWhoDidIt() {
        assertThat(server.get("/flags/payments-kill-switch", EVALUATE).json().get("enabled").asBoolean()).isTrue();
        TestServer.Response put = server.put("/flags/payments-kill-switch", ADMIN, "{\"enabled\": false}",
                "X-Request-Id", "incident-42");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body()).isEqualTo("{\"flag\":\"payments-kill-switch\",\"version\":1,\"override\":{\"enabled\":false}}");
        assertThat(put.header("ETag")).isEqualTo("\"1\"");
        assertThat(put.header("X-Request-Id")).isEqualTo("incident-42");

        assertThat(server.get("/flags/payments-kill-switch", EVALUATE).body()).isEqualTo("{\"flag\":\"payments-kill-switch\","
                + "\"enabled\":false,\"value\":false,\"variant\":\"off\",\"reason\":\"DISABLED\"}");

        JsonNode record = server.get("/audit?flag=payments-kill-switch", ADMIN).json().get("records").get(0);
        assertThat(record.get("sequence").asLong()).isEqualTo(1);
        assertThat(record.get("actor").asText()).isEqualTo("ops-oncall");
        assertThat(record.get("flag").asText()).isEqualTo("payments-kill-switch");
        assertThat(record.get("action").asText()).isEqualTo("override");
        assertThat(record.get("before").isNull()).isTrue();
        assertThat(record.get("after").toString()).isEqualTo("{\"enabled\":false}");
        assertThat(record.get("requestId").asText()).isEqualTo("incident-42");
        assertThat(record.get("client").asText()).isEqualTo("127.0.0.1");
        assertThat(record.get("time").asText()).isNotEmpty();
    }

    @Test
    void anOverrideReplacesTheEvaluationFieldsAndDeleteGoesBackToTheFile() {
        assertThat(server.get("/flags/new-checkout?user_id=42", EVALUATE).json().get("enabled").asBoolean()).isFalse();
        assertThat(server.put("/flags/new-checkout", ADMIN, "{\"rollout\": 100}").status()).isEqualTo(200);
        // the rules are replaced too: nothing but the rollout is left
        JsonNode now = server.get("/flags/new-checkout?user_id=42&plan=enterprise", EVALUATE).json();
        assertThat(now.get("enabled").asBoolean()).isTrue();
        assertThat(now.get("reason").asText()).isEqualTo("SPLIT");
        // the definitions show the override with the file's metadata
        assertThat(server.get("/flags", ADMIN).json().get("flags").get("new-checkout").toString())
                .isEqualTo("{\"owner\":\"payments-team\",\"created\":\"2026-01-15\",\"expires\":\"2099-04-01\","
                        + "\"ticket\":\"PAY-1234\",\"rollout\":100}");

        TestServer.Response deleted = server.delete("/flags/new-checkout/override", ADMIN);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"flag\":\"new-checkout\",\"version\":2,\"override\":null}");
        assertThat(server.get("/flags/new-checkout?user_id=42&plan=enterprise", EVALUATE).json().get("reason").asText())
                .isEqualTo("TARGETING_MATCH");
        JsonNode audit = server.get("/audit", ADMIN).json().get("records");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).get("action").asText()).isEqualTo("reset");
        assertThat(audit.get(0).get("before").toString()).isEqualTo("{\"rollout\":100}");
        assertThat(audit.get(0).get("after").isNull()).isTrue();

        TestServer.Response again = server.delete("/flags/new-checkout/override", ADMIN);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("error").asText()).isEqualTo("flag 'new-checkout' has no override; it already"
                + " evaluates as flags.yaml says");
    }

    @Test
    void ifMatchGivesOptimisticConcurrency() {
        TestServer.Response state = server.get("/flags/dark-mode/override", ADMIN);
        assertThat(state.body()).isEqualTo("{\"flag\":\"dark-mode\",\"version\":0,\"override\":null}");
        assertThat(server.put("/flags/dark-mode", ADMIN, "{\"enabled\":true}", "If-Match", "\"0\"").status())
                .isEqualTo(200);
        TestServer.Response stale = server.put("/flags/dark-mode", ADMIN, "{\"enabled\":false}", "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("version").asLong()).isEqualTo(1);
        assertThat(stale.json().get("error").asText()).isEqualTo("flag 'dark-mode' has changed: it is at version 1,"
                + " not the one in If-Match; read it again (GET /flags/dark-mode/override) and retry");
        assertThat(server.delete("/flags/dark-mode/override", ADMIN, "If-Match", "\"7\"").status()).isEqualTo(412);
        assertThat(server.put("/flags/dark-mode", ADMIN, "{\"enabled\":false}", "If-Match", "W/\"1\"").status())
                .isEqualTo(200);
        assertThat(server.put("/flags/dark-mode", ADMIN, "{\"enabled\":false}", "If-Match", "yesterday").status())
                .isEqualTo(400);
        assertThat(server.get("/flags/dark-mode/override", ADMIN).header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void anInvalidOverrideIs400WithTheModelsMessagesAndJsonPaths() {
        TestServer.Response r = server.put("/flags/new-checkout", ADMIN, """
                {"rules": [{"if": {"plan": "enterprise"}, "enabled": true},
                           {"if": {"age": {"gte": "old"}}, "enabled": "yes"}],
                 "rollout": 120}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("the override of flag 'new-checkout' is not valid: 3"
                + " problem(s); nothing was changed");
        assertThat(r.json().get("problems").toString()).isEqualTo("["
                + "{\"path\":\"$.rules[1].if.age.gte\",\"message\":\"'gte' compares numbers; 'old' is not a number\"},"
                + "{\"path\":\"$.rules[1].enabled\",\"message\":\"expected true or false, got 'yes'\"},"
                + "{\"path\":\"$.rollout\",\"message\":\"a rollout is a percentage from 0 to 100, got 120\"}]");
        assertThat(server.get("/audit", ADMIN).json().get("records")).isEmpty();
    }

    @Test
    void rulesThatLeaveEveryoneElseOpenAreRefusedAsInTheFile() {
        TestServer.Response r = server.put("/flags/dark-mode", ADMIN, "{\"rules\":[{\"if\":{\"plan\":\"pro\"},\"enabled\":true}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("problems").get(0).get("path").asText()).isEqualTo("$.rules");
        assertThat(r.json().get("problems").get(0).get("message").asText()).startsWith("the rules do not say what"
                + " everyone else gets");
    }

    @Test
    void metadataIsCodeAndUnknownFieldsAreRefused() {
        TestServer.Response r = server.put("/flags/dark-mode", ADMIN, "{\"enabled\":true,\"owner\":\"me\",\"expires\":"
                + "\"2100-01-01\",\"enabeld\":true}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("problems").toString()).isEqualTo("["
                + "{\"path\":\"$.owner\",\"message\":\"metadata is code: change 'owner' in flags.yaml and deploy it; an"
                + " override changes only enabled, rules, rollout, rollout_by, default_variant, environments\"},"
                + "{\"path\":\"$.expires\",\"message\":\"metadata is code: change 'expires' in flags.yaml and deploy it;"
                + " an override changes only enabled, rules, rollout, rollout_by, default_variant, environments\"},"
                + "{\"path\":\"$.enabeld\",\"message\":\"unknown field; an override sets enabled, rules, rollout,"
                + " rollout_by, default_variant, environments\"}]");
        TestServer.Response inRule = server.put("/flags/dark-mode", ADMIN,
                "{\"rules\":[{\"enabled\":true,\"iff\":{\"plan\":\"x\"}}]}");
        assertThat(inRule.status()).isEqualTo(400);
        assertThat(inRule.json().get("problems").get(0).get("path").asText()).isEqualTo("$.rules[0].iff");
        assertThat(inRule.json().get("problems").get(0).get("message").asText()).startsWith("unknown field; did you"
                + " mean 'if'?");
        assertThat(server.put("/flags/dark-mode", ADMIN, "{}").json().get("problems").get(0).get("message").asText())
                .isEqualTo("an override sets at least one evaluation field (enabled, rules, rollout, rollout_by,"
                        + " default_variant, environments); to go back to flags.yaml, DELETE /flags/dark-mode/override");
        assertThat(server.put("/flags/dark-mode", ADMIN, "[true]").status()).isEqualTo(400);
    }

    @Test
    void malformedJsonIs400NamingLineAndColumn() {
        TestServer.Response r = server.put("/flags/dark-mode", ADMIN, "{\n  \"enabled\": tru\n}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).startsWith("malformed JSON at line 2, column ");
    }

    @Test
    void anUndeclaredFlagCannotBeCreated() {
        TestServer.Response r = server.put("/flags/brand-new", ADMIN, "{\"enabled\":true}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).isEqualTo("flag 'brand-new' is not declared in flags.yaml; declare"
                + " it there (with owner, dates and ticket) and deploy it, then it can be overridden here");
        assertThat(server.delete("/flags/brand-new/override", ADMIN).status()).isEqualTo(404);
        assertThat(server.get("/flags/brand-new/override", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void anOverrideSurvivesARestart() throws Exception {
        assertThat(server.put("/flags/dark-mode", ADMIN, "{\"enabled\":true}").status()).isEqualTo(200);
        server.close();
        server = TestServer.start(directory, null, b -> b);
        assertThat(server.get("/flags/dark-mode", EVALUATE).json().get("enabled").asBoolean()).isTrue();
        assertThat(server.get("/audit", ADMIN).json().get("records")).hasSize(1);
    }

    @Test
    void auditQueriesFilterByFlagTimeAndLimit() {
        for (int i = 0; i < 3; i++) {
            server.put("/flags/dark-mode", ADMIN, "{\"enabled\":" + (i % 2 == 0) + "}");
        }
        server.put("/flags/payments-kill-switch", ADMIN, "{\"enabled\":false}");
        JsonNode all = server.get("/audit", ADMIN).json().get("records");
        assertThat(all).hasSize(4);
        assertThat(all.get(0).get("sequence").asLong()).isEqualTo(4); // newest first
        assertThat(server.get("/audit?flag=dark-mode", ADMIN).json().get("records")).hasSize(3);
        assertThat(server.get("/audit?limit=2", ADMIN).json().get("records")).hasSize(2);
        String third = all.get(1).get("time").asText();
        assertThat(server.get("/audit?since=" + third, ADMIN).json().get("records")).hasSize(2);
        assertThat(server.get("/audit?since=2999-01-01", ADMIN).json().get("records")).isEmpty();
        assertThat(server.get("/audit?since=2000-01-01", ADMIN).json().get("records")).hasSize(4);
        assertThat(server.get("/audit?limit=0", ADMIN).json().get("error").asText()).isEqualTo("limit must be a number"
                + " from 1 to 1000, got '0'");
        assertThat(server.get("/audit?since=last-week", ADMIN).status()).isEqualTo(400);
        assertThat(server.get("/audit?flags=x", ADMIN).status()).isEqualTo(400);
    }

    @Test
    void withoutTokensOnLoopbackEvaluationIsOpenAndWritesAreRefusedWithHowToFix(@TempDir Path other) throws Exception {
        try (TestServer open = TestServer.start(other, TestServer.FLAGS, b -> b.variables(Map.of()))) {
            assertThat(open.get("/flags/payments-kill-switch", null).status()).isEqualTo(200);
            assertThat(open.post("/ofrep/v1/evaluate/flags/dark-mode", null, "{}").status()).isEqualTo(200);
            assertThat(open.get("/flags", null).status()).isEqualTo(200);
            TestServer.Response write = open.put("/flags/payments-kill-switch", null, "{\"enabled\":false}");
            assertThat(write.status()).isEqualTo(403);
            assertThat(write.json().get("error").asText()).isEqualTo("no tokens are configured, so changes and the"
                    + " audit log are closed; add an admin token: a tokens file (--tokens tokens.yaml with name,"
                    + " scope: admin and the token's sha256) or the environment variable"
                    + " FLAG_SERVER_TOKEN_<NAME>=admin:<token>, then restart");
            assertThat(open.get("/audit", null).status()).isEqualTo(403);
        }
    }

    @Test
    void tooManyRequestsIs429WithRetryAfter(@TempDir Path other) throws Exception {
        try (TestServer slow = TestServer.start(other, TestServer.FLAGS, b -> b.rateLimit(0.001))) {
            assertThat(slow.get("/flags/dark-mode", EVALUATE).status()).isEqualTo(200);
            TestServer.Response limited = slow.get("/flags/dark-mode", EVALUATE);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(Long.parseLong(limited.header("Retry-After"))).isGreaterThan(0);
            assertThat(limited.json().get("error").asText()).startsWith("too many requests from token checkout; retry"
                    + " after ");
            TestServer.Response ofrep = slow.post("/ofrep/v1/evaluate/flags/dark-mode", EVALUATE, "{}");
            assertThat(ofrep.status()).isEqualTo(429);
            assertThat(ofrep.body()).isEmpty();
            assertThat(ofrep.header("Retry-After")).isNotNull();
            // another client has its own budget; health checks are never limited
            assertThat(slow.get("/flags/dark-mode", ADMIN).status()).isEqualTo(200);
            assertThat(slow.get("/healthz", null).status()).isEqualTo(200);
        }
    }
}
