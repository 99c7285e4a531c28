package dev.flaglint.lint.model;

import dev.flaglint.model.ValueType;
import dev.flaglint.model.Variants;

import java.util.Optional;

/** The type a flag API call reads a flag's value as, e.g. {@code stringValue}: a string. */
public enum ValueKind {
    BOOLEAN("a boolean"),
    STRING("a string"),
    /** A whole number an {@code int} holds. */
    INTEGER("an int"),
    /** A whole number a {@code long} holds. */
    LONG("a long"),
    NUMBER("a number"),
    /** A mapping ({@code Map}). */
    OBJECT("an object (Map)");

    private final String phrase;

    ValueKind(String phrase) {
        this.phrase = phrase;
    }

    /** "a string", for messages. */
    public String phrase() {
        return phrase;
    }

    /** Whether a call reading this kind gets the flag's values rather than always the default. */
    public boolean accepts(Variants variants) {
        return switch (this) {
            case BOOLEAN -> variants.type() == ValueType.BOOLEAN;
            case STRING -> variants.type() == ValueType.STRING;
            case INTEGER -> variants.allIntegers();
            case LONG -> variants.type() == ValueType.NUMBER
                    && variants.values().values().stream().allMatch(v -> v instanceof Integer || v instanceof Long);
            case NUMBER -> variants.type() == ValueType.NUMBER;
            case OBJECT -> variants.type() == ValueType.OBJECT;
        };
    }

    /**
     * The kind a class literal's type names ({@code Integer} in {@code Integer.class}, simple or qualified); empty
     * for a type that reads any value ({@code Object}) or one this check does not know.
     */
    public static Optional<ValueKind> ofClass(String name) {
        String simple = name.startsWith("java.lang.") || name.startsWith("java.util.") ? name.substring(10) : name;
        return Optional.ofNullable(switch (simple) {
            case "Boolean", "boolean" -> BOOLEAN;
            case "String", "CharSequence" -> STRING;
            case "Integer", "int" -> INTEGER;
            case "Long", "long" -> LONG;
            case "Double", "double", "Number" -> NUMBER;
            case "Map" -> OBJECT;
            default -> null;
        });
    }
}
