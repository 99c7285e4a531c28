package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.server.access.Caller;
import dev.flaglint.server.json.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One request and its response, as the routes see them: the body (size-limited), query parameters, headers,
 * the authenticated caller, and one way to answer. Not thread-safe; one per request.
 */
final class Exchange {

    static final String JSON = "application/json";
    /** Bodies larger than this are refused with 413 before they are read. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** How long a refusal waits for the body it drops (see {@link #discardBody()}). */
    static final Duration DISCARD_WAIT = Duration.ofSeconds(1);
    /** The largest announced body a refusal reads and drops; a larger one is not waited for. */
    static final long MAX_DISCARD_BYTES = 16L * MAX_BODY_BYTES;

    private final Request request;
    private final Response response;
    private final Callback done;
    private final String requestId;
    private final String client;
    private final long startNanos;
    private final Endpoint endpoint;
    private final String key;
    private Caller caller;
    private int status;
    private long bytes;
    private boolean answered;

    Exchange(Request request, Response response, Callback done, String requestId, String client, long startNanos,
             Endpoint endpoint, String key) {
        this.request = request;
        this.response = response;
        this.done = done;
        this.requestId = requestId;
        this.client = client;
        this.startNanos = startNanos;
        this.endpoint = endpoint;
        this.key = key;
    }

    // ---- the request ---------------------------------------------------------------------------------------

    Endpoint endpoint() {
        return endpoint;
    }

    /** The flag key in the path, or {@code null}. */
    String key() {
        return key;
    }

    String requestId() {
        return requestId;
    }

    String client() {
        return client;
    }

    long startNanos() {
        return startNanos;
    }

    Caller caller() {
        return caller;
    }

    void caller(Caller authenticated) {
        this.caller = authenticated;
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The body, at most {@link #MAX_BODY_BYTES}. @throws BodyTooLargeException beyond that */
    byte[] body() throws IOException {
        long declared = request.getLength();
        if (declared > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        InputStream in = Request.asInputStream(request);
        if (declared >= 0) { // Content-Length: read into one array of that size, no chunks to join
            byte[] body = new byte[(int) declared];
            int read = in.readNBytes(body, 0, body.length);
            return read == body.length ? body : java.util.Arrays.copyOf(body, read);
        }
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        return body;
    }

    /**
     * Reads the request's body and drops it, for an answer that does not need it (a refusal, a 404). Answered with
     * the body still unread, Jetty closes the connection, and a client that is still sending its body, or that
     * reuses the connection, sees it broken. Waits at most {@link #DISCARD_WAIT}: these answers go to callers
     * who may have no token, and a client that sends its body slowly must not hold a thread; Jetty closes its
     * connection, as it should. Nor is an announced body over {@link #MAX_DISCARD_BYTES}.
     */
    void discardBody() {
        long declared = request.getLength();
        if (declared == 0 || declared > MAX_DISCARD_BYTES) {
            return;
        }
        CompletableFuture<Void> read = new CompletableFuture<>();
        Content.Source.consumeAll(request, Callback.from(() -> read.complete(null), read::completeExceptionally));
        try {
            read.get(DISCARD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // a slow, broken or gone client: answered anyway, and its connection is closed after the answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The query parameters, in order, each with its values. */
    Map<String, List<String>> query() {
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Fields.Field f : fields) {
            result.put(f.getName(), f.getValues());
        }
        return result;
    }

    /** The URL clients reach {@code path} at, as this request addressed the server. */
    String absoluteUrl(String path) {
        var uri = request.getHttpURI();
        return uri.getScheme() + "://" + uri.getAuthority() + path;
    }

    // ---- the response --------------------------------------------------------------------------------------

    Response response() {
        return response;
    }

    /** The completion callback: routes that stream (SSE) finish through it themselves. */
    Callback done() {
        return done;
    }

    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void json(int code, JsonNode body) {
        send(code, JSON, Json.bytes(body));
    }

    /** {@code {"error": message}}: the REST API's error shape. */
    void error(int code, String message) {
        ObjectNode body = Json.object();
        body.put("error", message);
        json(code, body);
    }

    void send(int code, String contentType, byte[] body) {
        begin(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        bytes = body.length;
        response.write(true, ByteBuffer.wrap(body), done);
    }

    /** A response without a body (304, OFREP's 401/403/429). */
    void empty(int code) {
        begin(code);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        response.write(true, null, done);
    }

    /** Starts a streamed response: status and headers now, the body through {@link #response()} and {@link #done()}. */
    void beginStream(int code, String contentType) {
        begin(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    }

    void countBytes(int n) {
        bytes += n;
    }

    private void begin(int code) {
        if (answered) {
            throw new IllegalStateException("answered twice: " + endpoint);
        }
        answered = true;
        status = code;
        response.setStatus(code);
    }

    boolean answered() {
        return answered;
    }

    int status() {
        return status;
    }

    long bytes() {
        return bytes;
    }

    /** The request body is larger than {@link #MAX_BODY_BYTES}. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("the request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB", null);
        }
    }
}
