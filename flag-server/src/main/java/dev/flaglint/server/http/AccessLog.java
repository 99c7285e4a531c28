package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.server.json.Json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One JSON line per request: time, request id, client, method, path (never the query, which may carry user
 * attributes; never a token), route, status, duration, actor, bytes. Lines are handed to a writer thread
 * through a bounded queue, so a slow terminal never slows a request; when the queue is full a line is dropped
 * and counted, and the count is logged with the next line that gets through.
 */
final class AccessLog implements AutoCloseable {

    private static final int CAPACITY = 8192;
    /** Compared by identity: no logged line can be this object. */
    private static final String STOP = new String("stop");

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final BufferedWriter out;
    private final Thread writer;

    /** Writes to {@code out}, or nowhere when it is {@code null}. */
    AccessLog(OutputStream out) {
        this.out = out == null ? null : new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.writer = new Thread(this::drain, "flag-server access log");
        writer.setDaemon(true);
        if (this.out != null) {
            writer.start();
        }
    }

    void log(Instant time, String requestId, String client, String method, String path, Endpoint endpoint, int status,
             long nanos, String actor, long bytes) {
        if (out == null) {
            return;
        }
        ObjectNode line = Json.object();
        line.put("time", time.toString());
        line.put("requestId", requestId);
        line.put("client", client);
        line.put("method", method);
        line.put("path", path.length() > 256 ? path.substring(0, 256) + "..." : path);
        line.put("route", endpoint == null ? "none" : endpoint.label());
        line.put("status", status);
        line.put("ms", Math.round(nanos / 10_000.0) / 100.0);
        if (actor != null) {
            line.put("actor", actor);
        }
        line.put("bytes", bytes);
        long lost = dropped.get();
        if (lost > 0 && dropped.compareAndSet(lost, 0)) {
            line.put("droppedBefore", lost);
        }
        if (!lines.offer(Json.text(line))) {
            dropped.incrementAndGet();
        }
    }

    private void drain() {
        List<String> batch = new ArrayList<>(256);
        try {
            while (true) {
                String first = lines.take();
                batch.add(first);
                lines.drainTo(batch, 255);
                for (String line : batch) {
                    if (line == STOP) {
                        out.flush();
                        return;
                    }
                    out.write(line);
                    out.write('\n');
                }
                batch.clear();
                if (lines.isEmpty()) {
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // stdout closed: nothing left to log to
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        if (out == null) {
            return;
        }
        try {
            lines.put(STOP);
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
