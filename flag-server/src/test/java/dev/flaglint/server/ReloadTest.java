package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static org.assertj.core.api.Assertions.assertThat;

/** A changed flags file: taken when valid, refused (last good version serving, /readyz says why) when not. */
class ReloadTest {

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
    void aValidNewVersionIsTakenAndOverridesAreReapplied() throws Exception {
        assertThat(server.put("/flags/payments-kill-switch", ADMIN, "{\"enabled\":false}").status()).isEqualTo(200);
        String before = server.get("/flags", ADMIN).header("ETag");
        assertThat(server.rewriteFlags(TestServer.FLAGS.replace("enabled: false", "enabled: true"))).isTrue();
        assertThat(server.get("/flags/dark-mode", EVALUATE).json().get("enabled").asBoolean()).isTrue();
        assertThat(server.get("/flags/payments-kill-switch", EVALUATE).json().get("enabled").asBoolean()).isFalse();
        assertThat(server.get("/flags", ADMIN).header("ETag")).isNotEqualTo(before);
    }

    @Test
    void aChangeIsTakenOnlyOnceItIsStable() throws Exception {
        java.nio.file.Files.writeString(server.flagsFile, TestServer.FLAGS.replace("enabled: false", "enabled: true"));
        assertThat(server.server.reloadNow()).isFalse(); // seen once: it may still be being written
        assertThat(server.get("/flags/dark-mode", EVALUATE).json().get("enabled").asBoolean()).isFalse();
        assertThat(server.server.reloadNow()).isTrue(); // unchanged since: taken
        assertThat(server.get("/flags/dark-mode", EVALUATE).json().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void aBrokenVersionIsRefusedTheLastGoodOneServesAndReadyzSaysWhy() throws Exception {
        String broken = TestServer.FLAGS.replace("enabled: false", "enabled: maybe").replace("dark-mode", "dark-mode")
                + "  new-flag:\n    owner: x\n    created: 2026-01-01\n    expires: 2099-01-01\n    ticket: X-1\n";
        assertThat(server.rewriteFlags(broken)).isFalse();
        // still the last good version: dark-mode is off, the new flag does not exist
        assertThat(server.get("/flags/dark-mode", EVALUATE).json().get("enabled").asBoolean()).isFalse();
        assertThat(server.get("/flags/new-flag", EVALUATE).status()).isEqualTo(404);

        TestServer.Response ready = server.get("/readyz", null);
        assertThat(ready.status()).isEqualTo(200); // still serving: taking it out of rotation would not help
        JsonNode body = ready.json();
        assertThat(body.get("flags").get("status").asText()).isEqualTo("stale");
        assertThat(body.get("warnings").get(0).asText()).startsWith("a newer version of the flags file was refused"
                        + " (1 error(s)); still serving version ")
                .endsWith(". First error: " + server.flagsFile.toAbsolutePath() + ":23:14: flag 'dark-mode' field"
                        + " 'enabled': expected true or false, got 'maybe'");
        assertThat(RemoteFlagsTest.gauge(server, "flag_server_flags_file_refused")).as("what to alert on").isEqualTo(1);

        // fixed: taken, and the warning is gone
        assertThat(server.rewriteFlags(TestServer.FLAGS.replace("enabled: false", "enabled: true"))).isTrue();
        assertThat(server.get("/readyz", null).json().get("warnings")).isEmpty();
        assertThat(RemoteFlagsTest.gauge(server, "flag_server_flags_file_refused")).isZero();
        assertThat(server.get("/flags/dark-mode", EVALUATE).json().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void aFileThatVanishesKeepsTheFlagsServing() throws Exception {
        java.nio.file.Files.delete(server.flagsFile);
        assertThat(server.server.reloadNow()).isFalse(); // gone once: maybe a swap in progress, nothing said yet
        assertThat(server.get("/readyz", null).json().get("warnings")).isEmpty();
        assertThat(server.server.reloadNow()).isFalse(); // still gone: reported
        assertThat(server.get("/flags/payments-kill-switch", EVALUATE).status()).isEqualTo(200);
        assertThat(server.get("/readyz", null).json().get("warnings").get(0).asText()).contains("flags.yaml:1:1: file not found");
    }

    @Test
    void anOverrideOfAFlagRemovedFromTheFileIsKeptButInertAndReported() throws Exception {
        assertThat(server.put("/flags/dark-mode", ADMIN, "{\"enabled\":true}").status()).isEqualTo(200);
        String without = TestServer.FLAGS.substring(0, TestServer.FLAGS.indexOf("  dark-mode:"));
        assertThat(server.rewriteFlags(without)).isTrue();
        assertThat(server.get("/flags/dark-mode", EVALUATE).status()).isEqualTo(404);
        assertThat(server.get("/readyz", null).json().get("warnings").get(0).asText()).isEqualTo("flag 'dark-mode' has"
                + " an override but is no longer declared; the override does nothing (DELETE /flags/dark-mode/override"
                + " removes it)");
        // declared again: the override applies again
        assertThat(server.rewriteFlags(TestServer.FLAGS)).isTrue();
        assertThat(server.get("/flags/dark-mode", EVALUATE).json().get("enabled").asBoolean()).isTrue();
        // and an orphan can be cleaned up
        assertThat(server.rewriteFlags(without)).isTrue();
        assertThat(server.delete("/flags/dark-mode/override", ADMIN).status()).isEqualTo(200);
        assertThat(server.get("/readyz", null).json().get("warnings")).isEmpty();
    }
}
