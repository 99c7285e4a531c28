package dev.flaglint.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /flags/stream}: change events, keep-alives, and the goodbye at shutdown. */
class StreamTest {

    @TempDir
    Path directory;

    @Test
    void everyChangeIsAnEventWithTheChangedKeysAndShutdownIsAnnounced() throws Exception {
        TestServer server = TestServer.start(directory, TestServer.FLAGS, b -> b.keepAlive(Duration.ofMillis(50)));
        try {
            HttpResponse<InputStream> response = server.client.send(server.request("/flags/stream", EVALUATE).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream;charset=utf-8");
            BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            assertThat(events.readLine()).isEqualTo("retry: 2000");
            assertThat(events.readLine()).isEqualTo(": connected");
            assertThat(events.readLine()).isEmpty();
            assertThat(server.get("/metrics", null).body()).contains("flag_server_streams 1");

            String version = server.put("/flags/dark-mode", ADMIN, "{\"enabled\":true}").header("ETag");
            assertThat(version).isEqualTo("\"1\"");
            String event = nextData(events);
            String etag = server.get("/flags", ADMIN).header("ETag");
            assertThat(event).startsWith("data: {\"type\":\"refetchEvaluation\",\"etag\":" + etag + ",\"lastModified\":")
                    .endsWith(",\"flags\":[\"dark-mode\"]}");

            // a new file version lists the flags whose definition changed
            assertThat(server.rewriteFlags(TestServer.FLAGS.replace("ticket: OPS-17", "ticket: OPS-18")
                    .replace("    rollout: 10\n", "    rollout: 20\n"))).isTrue();
            assertThat(nextData(events)).endsWith(",\"flags\":[\"new-checkout\",\"payments-kill-switch\"]}");

            // idle: keep-alive comments
            String line;
            int read = 0;
            do {
                line = events.readLine();
                read++;
            } while (line != null && !line.equals(": keep-alive") && read < 1000);
            assertThat(line).isEqualTo(": keep-alive");

            server.close();
            assertThat(nextData(events)).isEqualTo("data: {\"type\":\"shutdown\"}");
            String rest;
            int more = 0;
            do {
                rest = events.readLine();
                more++;
            } while (rest != null && more < 1000);
            assertThat(rest).as("the stream ends").isNull();
        } finally {
            server.close();
        }
    }

    /** The next {@code data:} line, skipping keep-alives; bounded. */
    private static String nextData(BufferedReader events) throws Exception {
        for (int i = 0; i < 10_000; i++) {
            String line = events.readLine();
            if (line == null) {
                throw new AssertionError("the stream ended");
            }
            if (line.startsWith("data: ")) {
                return line;
            }
        }
        throw new AssertionError("no event");
    }
}
