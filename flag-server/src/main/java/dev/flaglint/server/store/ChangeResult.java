package dev.flaglint.server.store;

/** What became of a {@link ChangeRequest}. */
public sealed interface ChangeResult {

    /** Durable: the audit record is written, and {@code snapshot} is the store's new state. */
    record Committed(AuditRecord record, StoreSnapshot snapshot) implements ChangeResult {
    }

    /** Nothing written: the flag's version is no longer the one the caller expected. */
    record Conflict(long currentVersion) implements ChangeResult {
    }

    /** Nothing written: a reset of a flag that has no override. */
    record NothingToReset(long currentVersion) implements ChangeResult {
    }
}
