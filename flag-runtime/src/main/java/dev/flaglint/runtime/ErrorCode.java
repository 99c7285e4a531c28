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
    /** Something unexpected, e.g. a context value whose {@code toString()} threw. */
    GENERAL
}
