package dev.flaglint.model;

/**
 * Something wrong in a flags file, located precisely enough that a user can jump to it.
 *
 * @param kind     what sort of problem (decides the lint rule it is reported under)
 * @param severity {@link Severity#ERROR} makes the file, or the flag, unusable as written
 * @param source   the file as the user named it (a path or a resource name)
 * @param position where in the file
 * @param flagKey  the flag concerned, or {@code null} for file-level problems
 * @param field    the field concerned, e.g. {@code expires} or {@code rules[1].if}, or {@code null}
 * @param message  what is wrong and what to do about it
 */
public record Problem(Kind kind, Severity severity, String source, Position position,
                      String flagKey, String field, String message) {

    public enum Kind {
        /** The file cannot be read or is not valid YAML/JSON. */
        SYNTAX,
        /** A required field is absent. */
        MISSING_FIELD,
        /** A field has a value of the wrong type or out of range. */
        INVALID_VALUE,
        /** A field the schema does not know (probably a typo). */
        UNKNOWN_FIELD
    }

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code flags.yaml:12:5: flag 'x' field 'expires': message} — for logs and exceptions. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source).append(':').append(position).append(": ");
        if (flagKey != null) {
            sb.append("flag '").append(flagKey).append("' ");
        }
        if (field != null) {
            sb.append("field '").append(field).append("' ");
        }
        if (flagKey != null || field != null) {
            sb.setLength(sb.length() - 1);
            sb.append(": ");
        }
        return sb.append(message).toString();
    }
}
