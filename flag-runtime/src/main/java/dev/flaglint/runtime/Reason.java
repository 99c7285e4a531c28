package dev.flaglint.runtime;

/** Why an evaluation gave its answer; OpenFeature's vocabulary. */
public enum Reason {
    /** No rules and no rollout: everyone gets the flag's {@code enabled} (also a pinned test override). */
    STATIC,
    /** {@code enabled: false}: the kill switch is off for everyone. */
    DISABLED,
    /** A rule's {@code if} held; {@link Evaluation#ruleIndex()} says which. */
    TARGETING_MATCH,
    /** No rule matched and the rollout decided by the unit's bucket. */
    SPLIT,
    /** No rule matched, and the context lacks the {@code rollout_by} attribute: not in the rollout (false). */
    DEFAULT,
    /** The flag could not be evaluated; the caller's default was returned. See {@link Evaluation#errorCode()}. */
    ERROR
}
