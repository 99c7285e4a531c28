package dev.flaglint.runtime;

/** Why an evaluation ended in {@link Reason#ERROR}; OpenFeature's vocabulary. */
public enum ErrorCode {
    /** The key is not declared in the flags file (or is {@code null}). */
    FLAG_NOT_FOUND,
    /** The flags file could not be read or parsed, or this flag's evaluation settings are invalid. */
    PARSE_ERROR,
    /**
     * The flag's variants are not of the type asked for ({@code stringValue} of a boolean flag, {@code isEnabled}
     * of a string flag): the caller's default was returned.
     */
    TYPE_MISMATCH,
    /**
     * A remote service could not pick a variant because the context lacks the rollout unit (its OFREP answer); an
     * in-process evaluation answers that case "not in the rollout" with reason {@link Reason#DEFAULT} instead.
     */
    TARGETING_KEY_MISSING,
    /** A remote service refused the context (too many attributes, a value too long, a targeting key not text). */
    INVALID_CONTEXT,
    /**
     * No flags are available yet: a remote source has not been reached and there is no bootstrap file or cache
     * file to answer from.
     */
    PROVIDER_NOT_READY,
    /** Something unexpected, e.g. a context value whose {@code toString()} threw. */
    GENERAL
}
