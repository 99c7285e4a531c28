package dev.flaglint.lint.remove;

import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.model.ValueKind;
import dev.flaglint.model.Flag;
import dev.flaglint.model.Variants;

import java.util.Locale;
import java.util.Optional;

/**
 * The value the code keeps for a removed flag: a variant of it ({@code on}/{@code off} for a boolean flag), and its
 * value as a Java literal for each type a call reads it as.
 *
 * @param variant the variant's name
 * @param value   its value: a Boolean, String, Integer/Long/Double, or a Map (an object, which has no literal)
 * @param settled whether the flags file gives everyone this variant (the flag is ready to remove)
 */
public record KeptValue(String variant, Object value, boolean settled) {

    /**
     * The value to keep: {@code given} ({@code true}/{@code false}, or a variant name), else the flag's settled
     * value.
     *
     * @param flag the declaration, or {@code null} when the flags file does not declare the key
     * @throws LintException when nothing is given and the flag is not settled, or {@code given} is none of its values;
     *                       the message lists the choices
     */
    public static KeptValue of(String key, Flag flag, String given) {
        Variants variants = flag == null ? Variants.BOOLEAN : flag.variants();
        Optional<String> settled = flag == null ? Optional.empty() : flag.settledVariant();
        if (given == null || given.isBlank()) {
            String variant = settled.orElseThrow(() -> new LintException("flag '" + key + "' "
                    + (flag == null ? "is not declared in the flags file"
                    : flag.metadata().permanent() ? "is permanent"
                    : "does not give everyone the same value (it is not ready to remove)")
                    + ", so say which value the code keeps: " + choices(variants)));
            return new KeptValue(variant, variants.values().get(variant), true);
        }
        String name = variantNamed(variants, given.trim()).orElseThrow(() -> new LintException("flag '" + key
                + "' has no value '" + given.trim() + "'; say which value the code keeps: " + choices(variants)));
        return new KeptValue(name, variants.values().get(name), settled.filter(name::equals).isPresent());
    }

    private static Optional<String> variantNamed(Variants variants, String given) {
        if (variants.contains(given)) {
            return Optional.of(given);
        }
        if (!variants.declared()) {
            return switch (given.toLowerCase(Locale.ROOT)) {
                case "true", "on" -> Optional.of(Variants.ON);
                case "false", "off" -> Optional.of(Variants.OFF);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static String choices(Variants variants) {
        if (!variants.declared()) {
            return "-Dflag-lint.value=true or -Dflag-lint.value=false";
        }
        return "-Dflag-lint.value=" + String.join("|", variants.names());
    }

    /** How the value reads in messages: {@code true}, or the variant and its value. */
    public String describe() {
        return value instanceof Boolean ? String.valueOf(value) : variant + " (" + literal(kindOf(value)).orElse(
                String.valueOf(value)) + ")";
    }

    /** The value as a Java literal of what a call reading {@code kind} returns; empty when it has none of that type. */
    Optional<String> literal(ValueKind kind) {
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (kind) {
            case BOOLEAN -> value instanceof Boolean b ? b.toString() : null;
            case STRING -> value instanceof String s ? stringLiteral(s) : null;
            case INTEGER -> value instanceof Integer i ? i.toString() : null;
            case LONG -> value instanceof Integer || value instanceof Long ? value + "L" : null;
            case NUMBER -> value instanceof Number n && Double.isFinite(n.doubleValue())
                    ? Double.toString(n.doubleValue()) : null;
            case OBJECT -> null;
        });
    }

    private static ValueKind kindOf(Object value) {
        return value instanceof Boolean ? ValueKind.BOOLEAN : value instanceof String ? ValueKind.STRING
                : value instanceof Integer ? ValueKind.INTEGER : value instanceof Number ? ValueKind.NUMBER
                : ValueKind.OBJECT;
    }

    static String stringLiteral(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
