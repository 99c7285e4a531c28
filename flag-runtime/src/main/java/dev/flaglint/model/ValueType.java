package dev.flaglint.model;

import java.util.Map;

/** What a flag's variants hold: every variant of one flag has the same type. */
public enum ValueType {
    /** {@code true} or {@code false}: every flag without declared variants ({@code on}/{@code off}). */
    BOOLEAN("boolean"),
    /** Text. */
    STRING("string"),
    /** A number: an {@code Integer}, {@code Long} or {@code Double} at run time. */
    NUMBER("number"),
    /** A mapping (JSON object), read into an unmodifiable {@code Map<String, Object>}. */
    OBJECT("object");

    private final String word;

    ValueType(String word) {
        this.word = word;
    }

    /** The word messages use: "a string flag". */
    public String word() {
        return word;
    }

    /** The word with its article: "a string", "an object". */
    public String withArticle() {
        return (this == OBJECT ? "an " : "a ") + word;
    }

    /** The type of a variant value as the model holds it, or {@code null} for anything else. */
    public static ValueType of(Object value) {
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Number) {
            return NUMBER;
        }
        if (value instanceof Map) {
            return OBJECT;
        }
        return null;
    }
}
