package dev.flaglint.lint.remove;

/** Why a reference to the removed flag was left for a person to remove: each says what to do. */
public enum LeftoverReason {
    /** The call's value is kept in a field, passed to a method or put in a collection or array. */
    ESCAPES(true, "its value %s, so the code that reads it later keeps both paths; replace it by hand"),
    /** The key is only known at run time and may be the flag's. */
    DYNAMIC_KEY(false, "the key %s is only known at run time and may be this flag's; check it by hand"),
    /** A method whose return value flag-lint cannot tie to the flag's value. */
    UNKNOWN_RESULT(true, "flag-lint cannot tell what %s returns for the kept value; replace the call by hand"),
    /** The call returns an evaluation or details object, not the value. */
    NOT_A_VALUE(true, "%s returns more than the flag's value (an evaluation or a variant); replace the call by hand"),
    /** The call reads the flag as a type it does not have: it always returns its default. */
    TYPE_MISMATCH(true, "the call reads the flag as %s, which its value is not; it returns the caller's default,"
            + " so replace it by hand"),
    /** Dropping the call would drop an operand that may do something. */
    SIDE_EFFECTS(true, "replacing the call would drop %s, which may have side effects; replace it by hand"),
    /** A condition that is now constant but keeps an operand with possible side effects. */
    KEPT_OPERAND(false, "the condition is now constant, but %s may have side effects, so it was kept; simplify it by hand"),
    /** A stub whose answer flag-lint cannot compare with the kept value. */
    STUB(false, "the stub answers %s, which flag-lint cannot compare with the kept value; remove it by hand"),
    /** Setup code or a whole class pins the flag to the removed value. */
    PINS_REMOVED_VALUE(true, "%s pins the flag to the removed value for more than one test; rewrite those tests by hand"),
    /** A constant or enum constant naming the flag that other code still uses. */
    STILL_USED(false, "%s names the flag and is still used here; remove it by hand"),
    /** The key still appears in a string: reflection, configuration, a message. */
    KEY_IN_STRING(false, "the string %s still holds the flag's key (reflection, configuration, a message?); check it"),
    /** The file does not parse, or the call was not where the check found it. */
    NOT_PARSED(true, "%s; the file was left as it is"),
    /** The flags file could not be edited safely. */
    FLAGS_FILE(false, "%s; delete the flag's entry by hand"),
    /** The flag stays declared while code still evaluates it (else that code would get its default). */
    STILL_DECLARED(false, "the flag stays declared here: code left as it is still evaluates it (%s); delete the"
            + " entry once that is gone");

    private final boolean evaluates;
    private final String message;

    LeftoverReason(boolean evaluates, String message) {
        this.evaluates = evaluates;
        this.message = message;
    }

    /** Whether code left for this reason still evaluates the flag (or a test pins it), so it must stay declared. */
    public boolean evaluates() {
        return evaluates;
    }

    /** The message with its detail filled in. */
    public String message(String detail) {
        return String.format(message, detail);
    }
}
