package dev.flaglint.server.store;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the store holds at one sequence number. Immutable.
 *
 * @param sequence   the number of the last committed change (0 for an empty store); grows by one per change
 * @param lastChange when that change was made, or {@code null} for an empty store
 * @param flags      every flag ever changed, by key (those reset keep their version, without override)
 */
public record StoreSnapshot(long sequence, Instant lastChange, Map<String, FlagState> flags) {

    public StoreSnapshot {
        flags = java.util.Collections.unmodifiableMap(new TreeMap<>(flags));
    }

    public static StoreSnapshot empty() {
        return new StoreSnapshot(0, null, Map.of());
    }

    /** The flag's state; a flag never changed is {@linkplain FlagState#untouched untouched}. */
    public FlagState flag(String key) {
        FlagState state = flags.get(key);
        return state == null ? FlagState.untouched(key) : state;
    }

    /** Only the flags that have an override now, by key. */
    public Map<String, FlagState> overrides() {
        Map<String, FlagState> result = new TreeMap<>();
        flags.forEach((key, state) -> {
            if (state.hasOverride()) {
                result.put(key, state);
            }
        });
        return result;
    }

    /** This snapshot with {@code record} applied: the store's state after that change. */
    public StoreSnapshot with(AuditRecord record) {
        Map<String, FlagState> next = new TreeMap<>(flags);
        next.put(record.flag(), new FlagState(record.flag(), record.sequence(),
                record.action() == AuditAction.OVERRIDE ? record.after() : null));
        return new StoreSnapshot(record.sequence(), record.time(), next);
    }
}
