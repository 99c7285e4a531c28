package dev.flaglint.server.store;

/**
 * A change to commit.
 *
 * @param flag            the flag key
 * @param action          override (with {@code after}) or reset
 * @param after           the new override as compact JSON; {@code null} for a reset
 * @param expectedVersion the version the caller last saw ({@code If-Match}), or {@link #ANY_VERSION}
 * @param actor           the name of the token making it
 * @param requestId       the HTTP request id
 * @param client          the client's address
 */
public record ChangeRequest(String flag, AuditAction action, String after, long expectedVersion, String actor,
                            String requestId, String client) {

    /** No {@code If-Match}: the change applies whatever the flag's current version. */
    public static final long ANY_VERSION = -1;

    public ChangeRequest {
        if ((action == AuditAction.OVERRIDE) != (after != null)) {
            throw new IllegalArgumentException("an override carries its JSON, and a reset carries none");
        }
    }
}
