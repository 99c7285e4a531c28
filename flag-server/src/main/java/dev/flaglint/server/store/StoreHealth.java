package dev.flaglint.server.store;

import java.util.Locale;

/**
 * Whether the store takes writes now, for {@code /readyz}.
 *
 * @param status whether writes work, and if not, whether that is this replica's trouble or everyone's
 * @param kind   {@code file} or {@code postgres}
 * @param detail where it is, or why it cannot be written and what is being done about it
 */
public record StoreHealth(Status status, String kind, String detail) {

    /** How the store is. */
    public enum Status {
        /** Writes work. */
        OK,
        /**
         * This replica cannot write (its own data directory): it is not ready, so a load balancer sends requests
         * elsewhere.
         */
        UNREACHABLE,
        /**
         * The shared database cannot be reached and the store is reconnecting. Every replica is in the same state,
         * so taking them all out of the load balancer would only turn a database outage into an evaluation outage:
         * the replica stays ready, answers from the state it last had and refuses changes until it is back.
         */
        RECONNECTING;

        /** The name in {@code /readyz}: {@code ok}, {@code unreachable}, {@code reconnecting}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
