package dev.flaglint.server.store;

import java.util.List;
import java.util.function.Consumer;

/**
 * Durable overrides with versions, and the audit log of every change, written together: a committed change
 * is in both or in neither. Implementations are thread-safe and serialize their writers.
 */
public interface OverrideStore extends AutoCloseable {

    /** The state at the last committed change. Cheap: callers may ask on every change. */
    StoreSnapshot snapshot();

    /**
     * Commits {@code change} if the flag's version is still {@link ChangeRequest#expectedVersion()} (or any
     * version was accepted): the override (or its removal) and its audit record, atomically and durably,
     * before returning {@link ChangeResult.Committed}.
     *
     * @throws StoreException when it cannot be written; nothing is then acknowledged
     */
    ChangeResult apply(ChangeRequest change);

    /** Audit records, newest first. @throws StoreException when they cannot be read */
    List<AuditRecord> audit(AuditQuery query);

    /** For {@code /readyz}. */
    StoreHealth health();

    /**
     * Calls {@code listener} with the new snapshot whenever a change is committed elsewhere (another replica
     * sharing the store), in order, from one thread. A change made through {@link #apply} may be reported too
     * (its caller has the result already, and may ignore a snapshot no newer than the one it has). A store with a
     * single writer never calls it.
     */
    void subscribe(Consumer<StoreSnapshot> listener);

    /** Releases files, connections and locks. */
    @Override
    void close();
}
