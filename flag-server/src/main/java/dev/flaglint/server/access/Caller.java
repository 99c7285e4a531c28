package dev.flaglint.server.access;

/**
 * Who made a request.
 *
 * @param name      the token's name (the actor in the audit log), or {@code anonymous}
 * @param scope     what it may do
 * @param anonymous true when no tokens are configured (loopback only) and the caller presented none
 */
public record Caller(String name, Scope scope, boolean anonymous) {

    /** Without tokens on loopback, anyone may evaluate and read definitions, and nobody may write. */
    public static final Caller ANONYMOUS = new Caller("anonymous", Scope.SDK, true);
}
