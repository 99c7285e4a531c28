package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.service.ConfigurationChange;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The change stream behind {@code GET /flags/stream}: every configuration change goes to every open connection
 * as OFREP's {@code refetchEvaluation} event plus the changed keys; a comment keeps idle connections (and the
 * proxies between) alive; at shutdown each client gets a {@code shutdown} event and a clean end of stream, and
 * reconnects to another replica or after the restart.
 */
final class ChangeStream implements Consumer<ConfigurationChange>, AutoCloseable {

    /** Tells the EventSource to reconnect after this many milliseconds when the stream ends. */
    static final int RETRY_MILLIS = 2000;

    private final Set<SseConnection> connections = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keepAlive;
    private volatile boolean closed;

    ChangeStream(Duration keepAliveInterval) {
        keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "flag-server sse keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(10, keepAliveInterval.toMillis());
        keepAlive.scheduleWithFixedDelay(() -> connections.forEach(c -> c.send(": keep-alive\n\n")), millis, millis,
                TimeUnit.MILLISECONDS);
    }

    /** Starts streaming {@code exchange}; the request stays open until the client leaves or the server stops. */
    void open(Exchange exchange) {
        if (closed) {
            exchange.error(503, "the server is shutting down; reconnect in a moment");
            return;
        }
        exchange.header("Cache-Control", "no-store");
        exchange.header("X-Accel-Buffering", "no"); // nginx in front: do not buffer the stream
        exchange.beginStream(200, "text/event-stream;charset=utf-8");
        SseConnection connection = new SseConnection(exchange, connections::remove);
        connections.add(connection);
        connection.send("retry: " + RETRY_MILLIS + "\n: connected\n\n");
        if (closed) { // raced with close(): make sure it ends too
            connection.close(null);
        }
    }

    int size() {
        return connections.size();
    }

    @Override
    public void accept(ConfigurationChange change) {
        ObjectNode event = Json.object();
        event.put("type", "refetchEvaluation");
        event.put("etag", change.version());
        event.put("lastModified", change.lastModified().getEpochSecond());
        ArrayNode flags = event.putArray("flags");
        change.flags().stream().sorted().forEach(flags::add);
        String message = "data: " + Json.text(event) + "\n\n";
        connections.forEach(c -> c.send(message));
    }

    /** Tells every client the server is going away and ends their streams. */
    @Override
    public void close() {
        closed = true;
        keepAlive.shutdownNow();
        String goodbye = "data: {\"type\":\"shutdown\"}\n\n";
        connections.forEach(c -> c.close(goodbye));
    }
}
