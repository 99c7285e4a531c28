package dev.flaglint.server.store;

/**
 * What the store holds for one flag.
 *
 * @param flag     the flag key
 * @param version  the sequence number of the flag's last change (its audit record); 0 if never changed
 * @param override the override as compact JSON text, or {@code null} when the flag has none (reset)
 */
public record FlagState(String flag, long version, String override) {

    /** A flag nobody has changed at run time. */
    public static FlagState untouched(String flag) {
        return new FlagState(flag, 0, null);
    }

    public boolean hasOverride() {
        return override != null;
    }
}
