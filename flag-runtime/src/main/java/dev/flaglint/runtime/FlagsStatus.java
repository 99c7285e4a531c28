package dev.flaglint.runtime;

/**
 * Whether the flags a source of flags answers from are its newest ({@link ObservableFlags#status()}); OpenFeature's
 * provider states. Every status still answers every call: it says how current the answers are, not whether there
 * are any.
 */
public enum FlagsStatus {
    /** The flags in use are the source's newest: the file's current version, the service's current definitions. */
    READY,
    /**
     * The flags in use are older than the source's newest, which cannot be had right now: a newer version of the
     * file was refused (it has errors), or the service cannot be reached and the last flags it gave (in this run or,
     * from the cache file, an earlier one) answer.
     */
    STALE,
    /**
     * The source gives no flags and will not without help: the file could not be read at start, the service was
     * never reached (the bootstrap file, or the callers' defaults, answer), or it refused the token (401/403: it is
     * not asked again).
     */
    ERROR
}
