package dev.flaglint.lint.model;

/**
 * What a call site does with its flag: evaluates it, or, in a test, stubs or verifies a mock's evaluation
 * of it (Mockito), or hands the flag method on as a function. Each names the flag all the same: a flag used
 * only in a stub is still used, and removing the flag means rewriting every one of them.
 */
public enum CallKind {
    /** A call that evaluates the flag. */
    CALL("call"),
    /**
     * Stubs a mock's answer for the flag: {@code when(flags.isEnabled("k"))}, {@code given(...)},
     * {@code doReturn(true).when(flags).isEnabled("k")}, or a call of a test helper that does.
     */
    STUB("stub"),
    /**
     * Verifies that a mock evaluated the flag: {@code verify(flags).isEnabled("k")},
     * {@code then(flags).should().isEnabled("k")}, {@code inOrder.verify(flags).isEnabled("k")}.
     */
    VERIFICATION("verification"),
    /** A method reference to a flag method: {@code unleash::isEnabled}. */
    REFERENCE("reference");

    private final String label;

    CallKind(String label) {
        this.label = label;
    }

    /** As written in the JSON report. */
    public String label() {
        return label;
    }

    /** Whether the call stubs or verifies a mock rather than evaluating the flag. */
    public boolean isMockito() {
        return this == STUB || this == VERIFICATION;
    }

    /** The kind labelled {@code label}. */
    public static CallKind byLabel(String label) {
        for (CallKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no call kind '" + label + "'");
    }
}
