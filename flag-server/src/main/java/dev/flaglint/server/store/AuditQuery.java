package dev.flaglint.server.store;

import java.time.Instant;

/**
 * Which audit records to read, newest first.
 *
 * @param flag  only this flag's records, or {@code null} for all
 * @param since only records at or after this time, or {@code null} for all
 * @param limit at most this many (1 to {@link #MAX_LIMIT})
 */
public record AuditQuery(String flag, Instant since, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    boolean matches(AuditRecord record) {
        return flag == null || flag.equals(record.flag());
    }
}
