package dev.flaglint.runtime.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Follows the service's change stream ({@code GET /flags/stream}, Server-Sent Events) on a daemon thread of its own
 * and tells {@link Events} what happens: connected, flags changed, disconnected. It reconnects after a
 * {@link Backoff} (from one second, or the poll interval if shorter, up to the poll interval), waits out a 429's
 * Retry-After, and stops for good when the token is refused or it is closed.
 */
final class ChangeStream implements AutoCloseable {

    /** What the stream reports, on its own thread. */
    interface Events {
        /** (Re)connected: changes made while it was away are not replayed, so fetch now. */
        void connected();

        /** The service changed these flags ({@code null}: it did not say which). */
        void changed(Set<String> flags);

        /** The stream ended or could not be opened. */
        void disconnected(String why);

        /** 401/403: the stream has stopped. */
        void refused(int status);

        /** 429: the stream waits {@code wait} before reconnecting. */
        void throttled(Duration wait);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceClient client;
    private final Events events;
    private final Backoff backoff;
    private final Thread thread;
    private volatile boolean closed;
    private volatile InputStream open;

    ChangeStream(ServiceClient client, Duration maxBackoff, Events events) {
        this.client = client;
        this.events = events;
        this.backoff = new Backoff(Duration.ofSeconds(1), maxBackoff);
        this.thread = new Thread(this::run, "flag-lint change stream " + client.where());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (!closed) {
            InputStream[] stream = new InputStream[1];
            Reply reply = client.openStream(stream);
            Duration wait;
            if (reply instanceof Reply.Refused refused) {
                events.refused(refused.status());
                return;
            } else if (reply instanceof Reply.Throttled throttled) {
                events.throttled(throttled.retryAfter());
                wait = throttled.retryAfter();
            } else if (stream[0] == null) {
                events.disconnected(reply instanceof Reply.Failed failed ? failed.why()
                        : "the stream answered HTTP " + ((Reply.Answered) reply).status());
                wait = backoff.next();
            } else {
                backoff.reset();
                events.connected();
                String why = read(stream[0]);
                if (closed) {
                    return;
                }
                events.disconnected(why);
                wait = backoff.next();
            }
            if (!pause(wait)) {
                return;
            }
        }
    }

    /** Reads events until the stream ends; returns why it ended. */
    private String read(InputStream in) {
        open = in;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (closed) {
                return "closed";
            }
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    event(line.substring(5).trim());
                }
            }
            return "the service ended the change stream";
        } catch (IOException | RuntimeException e) {
            return "the change stream broke (" + e.getMessage() + ")";
        } finally {
            open = null;
        }
    }

    private void event(String data) {
        try {
            JsonNode event = JSON.readTree(data);
            if (!"refetchEvaluation".equals(event.path("type").asText())) {
                return; // 'shutdown' and types of later versions: the end of the stream says enough
            }
            JsonNode flags = event.get("flags");
            if (flags == null || !flags.isArray()) {
                events.changed(null);
                return;
            }
            Set<String> keys = new HashSet<>();
            flags.forEach(f -> keys.add(f.asText()));
            events.changed(keys);
        } catch (IOException | RuntimeException e) {
            events.changed(null); // an event we cannot read still says something changed
        }
    }

    /** Sleeps {@code wait}; false when closed meanwhile. */
    private boolean pause(Duration wait) {
        try {
            Thread.sleep(Math.max(1, wait.toMillis()));
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        InputStream in = open;
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing is all that is wanted
            }
        }
    }
}
