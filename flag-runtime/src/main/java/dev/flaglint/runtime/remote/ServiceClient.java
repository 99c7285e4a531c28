package dev.flaglint.runtime.remote;

import dev.flaglint.runtime.remote.Reply.Answered;
import dev.flaglint.runtime.remote.Reply.Failed;
import dev.flaglint.runtime.remote.Reply.Refused;
import dev.flaglint.runtime.remote.Reply.Throttled;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The flag service's HTTP endpoints as the client uses them, over the JDK's {@link HttpClient}: every request
 * carries the token and gives up after the timeout; every outcome is a {@link Reply}, never an exception. The token
 * goes into one header and nowhere else: not into a message, a log line or {@link #toString()}.
 */
final class ServiceClient {

    /** A Retry-After the service does not give, or gives in a form not understood. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** The longest Retry-After honoured: a service that asks for a day is probably misconfigured. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final URI base;
    private final String where;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    /** {@code base} ends with '/', so the endpoints resolve below it. */
    ServiceClient(URI base, String token, Duration timeout) {
        this.base = base;
        this.where = where(base);
        this.authorization = token == null ? null : "Bearer " + token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER) // the token goes to this service only
                .build();
    }

    /** The service as logs name it: scheme, host, port and path, without user info or query. */
    static String where(URI uri) {
        if (uri.getHost() == null) {
            return uri.toString().replaceAll("//[^/@]*@", "//").replaceAll("[?#].*", "");
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getHost() + port + path;
    }

    String where() {
        return where;
    }

    /** {@code GET /flags}, conditional on {@code etag} when there is one. */
    Reply definitions(String etag) {
        HttpRequest.Builder request = request("flags").GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return send(request.build());
    }

    /** {@code POST /ofrep/v1/evaluate/flags/{key}}. */
    Reply evaluate(String key, byte[] body) {
        return send(request("ofrep/v1/evaluate/flags/" + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** {@code POST /ofrep/v1/evaluate/flags}: every flag for one context. */
    Reply evaluateAll(byte[] body) {
        return send(request("ofrep/v1/evaluate/flags").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * Opens {@code GET /flags/stream}. On success the {@link Answered} reply's body is empty and {@code stream} set
     * to read the events from (the caller closes it); waits for the response headers up to the timeout.
     */
    Reply openStream(InputStream[] stream) {
        HttpRequest request = request("flags/stream").header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            Reply reply = classify(response.statusCode(), response, new byte[0]);
            if (reply instanceof Answered && response.statusCode() == 200) {
                stream[0] = response.body();
            } else {
                response.body().close();
            }
            return reply;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted");
        } catch (IOException | RuntimeException e) {
            return new Failed(describe(e));
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("User-Agent", "flag-lint-runtime RemoteFlags");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    /**
     * Sends and waits at most the timeout in all (connecting, sending, the answer and its body), whatever the network
     * does.
     */
    private Reply send(HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return classify(response.statusCode(), response, response.body());
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Failed("no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed("interrupted");
        } catch (ExecutionException e) {
            return new Failed(describe(e.getCause()));
        } catch (RuntimeException e) {
            return new Failed(describe(e));
        }
    }

    private static Reply classify(int status, HttpResponse<?> response, byte[] body) {
        if (status == 401 || status == 403) {
            return new Refused(status);
        }
        if (status == 429) {
            return new Throttled(retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if ((status >= 200 && status < 300) || status == 304 || status == 400 || status == 404) {
            return new Answered(status, body, response.headers().firstValue("ETag").orElse(null));
        }
        return new Failed("it answered HTTP " + status);
    }

    /** Retry-After in seconds or as an HTTP date, within 1 s and {@link #MAX_RETRY_AFTER}. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            try {
                wait = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(header.trim(),
                        DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException notADate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
        if (wait.compareTo(DEFAULT_RETRY_AFTER) < 0) {
            return DEFAULT_RETRY_AFTER;
        }
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    /** Why a request failed, in words: the exception's class is not for users, its message rarely says it all. */
    private static String describe(Throwable e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer in time (" + e.getMessage() + ")";
        }
        if (e instanceof ConnectException) {
            return "cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")";
        }
        if (e instanceof IOException) {
            return "the connection failed (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")";
        }
        return "the request failed (" + e + ")";
    }

    @Override
    public String toString() {
        return "ServiceClient[" + where + "]";
    }
}
