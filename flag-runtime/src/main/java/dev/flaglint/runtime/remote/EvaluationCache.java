package dev.flaglint.runtime.remote;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Answers of the service by flag and context: at most {@code capacity} of them (the least recently used go first),
 * each fresh for {@code ttl}. A stale answer is kept: it is what a caller gets while the service cannot be asked.
 * Thread-safe.
 */
final class EvaluationCache {

    /** An answer and when it stops being fresh ({@link System#nanoTime()}). */
    record Entry(Ofrep.Answer answer, long freshUntil) {
        boolean fresh(long now) {
            return now - freshUntil < 0;
        }
    }

    private final long ttlNanos;
    private final LinkedHashMap<String, Entry> entries;

    EvaluationCache(int capacity, long ttlNanos) {
        this.ttlNanos = ttlNanos;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The key of a flag's answer for a context in canonical JSON. */
    static String key(String flag, String contextJson) {
        return flag + '\n' + contextJson;
    }

    synchronized Entry get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, Ofrep.Answer answer, long now) {
        entries.put(key, new Entry(answer, now + ttlNanos));
    }

    /** Forgets the answers of {@code flags}. */
    synchronized void invalidate(Set<String> flags) {
        entries.keySet().removeIf(key -> flags.contains(key.substring(0, key.indexOf('\n'))));
    }

    synchronized void clear() {
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }
}
