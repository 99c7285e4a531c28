package dev.flaglint.lint.model;

/** What a baseline said about a finding. */
public enum BaselineState {
    /** No baseline was applied to it (none in use, or the finding is about the baseline itself). */
    NONE,
    /** A baseline is in use and does not accept it: it counts. */
    NEW,
    /** The baseline accepts it: reported as info, prefixed {@value Finding#BASELINED}. */
    UNCHANGED
}
