package dev.flaglint.server.http;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * One open {@code text/event-stream} response. Jetty allows one pending write per response, so events are
 * queued and written one after another; a client that falls {@value #MAX_QUEUED} events behind, or whose
 * connection fails, is closed (it reconnects and re-fetches, which is what OFREP providers do anyway).
 */
final class SseConnection {

    static final int MAX_QUEUED = 64;

    private final Exchange exchange;
    private final Response response;
    private final Consumer<SseConnection> onClose;
    /** Guarded by {@code this}. */
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private boolean writing;
    private boolean closing;
    private boolean closed;

    SseConnection(Exchange exchange, Consumer<SseConnection> onClose) {
        this.exchange = exchange;
        this.response = exchange.response();
        this.onClose = onClose;
    }

    /** Queues {@code text} (one or more complete SSE lines ending in a blank line). */
    synchronized void send(String text) {
        if (closing || closed) {
            return;
        }
        if (queue.size() >= MAX_QUEUED) {
            fail(new IllegalStateException("client too slow: " + MAX_QUEUED + " events behind"));
            return;
        }
        queue.add(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        if (!writing) {
            writeNext();
        }
    }

    /** Sends {@code last}, then ends the response normally. */
    synchronized void close(String last) {
        if (closing || closed) {
            return;
        }
        if (last != null) {
            queue.add(ByteBuffer.wrap(last.getBytes(StandardCharsets.UTF_8)));
        }
        closing = true;
        if (!writing) {
            writeNext();
        }
    }

    private void writeNext() {
        ByteBuffer next = queue.poll();
        if (next == null) {
            writing = false;
            if (closing && !closed) {
                closed = true;
                response.write(true, null, exchange.done());
                onClose.accept(this);
            }
            return;
        }
        writing = true;
        exchange.countBytes(next.remaining());
        response.write(false, next, Callback.from(this::written, this::fail));
    }

    private synchronized void written() {
        writing = false;
        writeNext();
    }

    synchronized void fail(Throwable failure) {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        exchange.done().failed(failure); // aborts the response: the client reconnects
        onClose.accept(this);
    }
}
