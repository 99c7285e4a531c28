package dev.flaglint.server.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

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
        // Built by hand: this runs on every request, and a tree plus a serializer costs several times more.
        StringBuilder line = new StringBuilder(256);
        line.append("{\"time\":\"").append(time).append("\",\"requestId\":");
        quote(line, requestId).append(",\"client\":");
        quote(line, client).append(",\"method\":");
        quote(line, method).append(",\"path\":");
        quote(line, path.length() > 256 ? path.substring(0, 256) + "..." : path).append(",\"route\":\"")
                .append(endpoint == null ? "none" : endpoint.label()).append("\",\"status\":").append(status)
                .append(",\"ms\":").append(Math.round(nanos / 10_000.0) / 100.0);
        if (actor != null) {
            quote(line.append(",\"actor\":"), actor);
        }
        line.append(",\"bytes\":").append(bytes);
        long lost = dropped.get();
        if (lost > 0 && dropped.compareAndSet(lost, 0)) {
            line.append(",\"droppedBefore\":").append(lost);
        }
        line.append('}');
        if (!lines.offer(line.toString())) {
            dropped.incrementAndGet();
        }
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        return out.append('"');
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
