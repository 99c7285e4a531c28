package dev.flaglint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A real flag server on 127.0.0.1 and an ephemeral port, with a JDK HTTP client to talk to it. */
final class TestServer implements AutoCloseable {

    static final String ADMIN = "admin-token-0123456789abcdef";
    static final String SDK = "sdk-token-0123456789abcdef";
    static final String EVALUATE = "evaluate-token-0123456789ab";

    /** The tokens every test server has unless told otherwise, as environment variables. */
    static final Map<String, String> TOKENS = Map.of(
            "FLAG_SERVER_TOKEN_OPS_ONCALL", "admin:" + ADMIN,
            "FLAG_SERVER_TOKEN_MOBILE_APP", "sdk:" + SDK,
            "FLAG_SERVER_TOKEN_CHECKOUT", "evaluate:" + EVALUATE);

    static final String FLAGS = """
            flags:
              new-checkout:
                owner: payments-team
                created: 2026-01-15
                expires: 2099-04-01
                ticket: PAY-1234
                rules:
                  - if: { plan: enterprise }
                    enabled: true
                rollout: 10
                environments:
                  staging: { rollout: 100 }
              payments-kill-switch:
                owner: sre
                created: 2025-06-01
                ticket: OPS-17
                permanent: true
              dark-mode:
                owner: web-team
                created: 2026-01-01
                expires: 2099-01-01
                ticket: WEB-9
                enabled: false
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    final Path directory;
    final Path flagsFile;
    final FlagServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Path directory, Path flagsFile, FlagServer server) {
        this.directory = directory;
        this.flagsFile = flagsFile;
        this.server = server;
    }

    static TestServer start(Path directory) throws IOException {
        return start(directory, FLAGS, b -> b);
    }

    /** Writes {@code flags} to {@code directory/flags.yaml} and starts a server on it with the test tokens. */
    static TestServer start(Path directory, String flags, UnaryOperator<ServerSettings.Builder> settings)
            throws IOException {
        Path file = directory.resolve("flags.yaml");
        if (flags != null) {
            Files.writeString(file, flags);
        }
        ServerSettings.Builder builder = ServerSettings.builder(file).port(0).data(directory.resolve("data"))
                .variables(TOKENS).accessLog(null).reloadInterval(Duration.ofHours(1))
                .stopTimeout(Duration.ofSeconds(5));
        return new TestServer(directory, file, FlagServer.start(settings.apply(builder).build()));
    }

    URI uri(String path) {
        return URI.create(server.uri() + path);
    }

    Response get(String path, String token, String... headers) {
        return send(request(path, token, headers).GET().build());
    }

    Response post(String path, String token, String body, String... headers) {
        return send(request(path, token, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response put(String path, String token, String body, String... headers) {
        return send(request(path, token, headers).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response delete(String path, String token, String... headers) {
        return send(request(path, token, headers).DELETE().build());
    }

    HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One request to any server (a child process too), with {@code token} as the bearer token. */
    static HttpResponse<String> send(URI base, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Rewrites the flags file and has the server look at it (twice: a change is taken once it is stable). */
    boolean rewriteFlags(String flags) throws IOException {
        Files.writeString(flagsFile, flags);
        server.reloadNow();
        return server.reloadNow();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }

    record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            for (Map.Entry<String, java.util.List<String>> e : new HashMap<>(headers).entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }
}
