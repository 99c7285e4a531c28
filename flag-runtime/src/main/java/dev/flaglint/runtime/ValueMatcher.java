package dev.flaglint.runtime;

/**
 * One compiled condition operator applied to a context value. A value arrives either as text (a
 * {@code String}, or anything else's {@code toString()}) read from offset {@code from} — so the derived
 * {@code email_domain} is the tail of {@code email} without cutting a substring — or as a {@code Number}.
 * Implementations never throw for a value of the wrong kind: it simply does not match.
 */
interface ValueMatcher {

    /** Holds for no value: stands in for an operand that cannot be compiled. */
    ValueMatcher NEVER = (text, from) -> false;

    /** Does {@code text.substring(from)} pass? */
    boolean text(String text, int from);

    /** Does a number from the context pass? By default: as its text. */
    default boolean number(Number value) {
        return text(value.toString(), 0);
    }
}
