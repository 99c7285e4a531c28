package dev.flaglint.server.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client (token name, or address when anonymous): {@code perSecond} requests a second on
 * average, bursts of up to one second's worth. Zero turns it off. The table of clients is bounded: when it grows
 * past {@link #MAX_CLIENTS}, idle clients are dropped (a dropped client starts again with a full bucket).
 */
final class RateLimiter {

    static final int MAX_CLIENTS = 10_000;
    private static final long NANOS = 1_000_000_000L;

    private final double perSecond;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond) {
        this.perSecond = perSecond;
    }

    boolean enabled() {
        return perSecond > 0;
    }

    /** 0 when the request may go ahead, else the whole seconds to wait before retrying (at least 1). */
    long acquire(String client, long nowNanos) {
        if (!enabled()) {
            return 0;
        }
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.idle(nowNanos));
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perSecond, nowNanos));
        return bucket.take(nowNanos);
    }

    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(double perSecond, long now) {
            this.capacity = Math.max(1, perSecond);
            this.perNano = perSecond / NANOS;
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / NANOS));
        }

        synchronized boolean idle(long now) {
            return now - last > 60 * NANOS;
        }
    }
}
