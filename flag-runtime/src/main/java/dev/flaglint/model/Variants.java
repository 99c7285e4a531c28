package dev.flaglint.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The values a flag can give, by variant name, in declaration order (which is also the order weighted
 * rollouts hand out bucket ranges in). A flag that declares no variants is a boolean flag with
 * {@link #BOOLEAN}: {@code on} ({@code true}) and {@code off} ({@code false}).
 *
 * @param type     the type every value has
 * @param values   variant name to value: {@code Boolean}, {@code String}, {@code Integer}/{@code Long}/{@code Double},
 *                 or an unmodifiable {@code Map<String, Object>} of such values (and lists of them)
 * @param declared whether the file declares them ({@code variants:}); false for a plain boolean flag
 */
public record Variants(ValueType type, Map<String, Object> values, boolean declared) {

    /** The variant name a plain boolean flag gives when it is on. */
    public static final String ON = "on";
    /** The variant name a plain boolean flag gives when it is off. */
    public static final String OFF = "off";
    /** The variants of every flag that declares none. */
    public static final Variants BOOLEAN = new Variants(ValueType.BOOLEAN, booleans(), false);

    public Variants {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static Map<String, Object> booleans() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ON, Boolean.TRUE);
        values.put(OFF, Boolean.FALSE);
        return values;
    }

    /** The variant names, in declaration order. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    public boolean contains(String name) {
        return name != null && values.containsKey(name);
    }

    /** Whether every value is a whole number an {@code int} holds (so {@code intValue} can read the flag). */
    public boolean allIntegers() {
        return type == ValueType.NUMBER && values.values().stream().allMatch(Integer.class::isInstance);
    }

    /** {@code control: "blue", green: "green"} — the variants as messages show them (long ones cut short). */
    public String describe() {
        return values.entrySet().stream().map(e -> e.getKey() + ": " + shown(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String shown(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
