package dev.flaglint.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns {@link FlagMatrix} / {@link BothPaths} into the list of combinations to run. A combination maps each flag
 * to its value in that run: {@code Boolean} for a boolean flag (shown {@code on}/{@code off}), or the name of a
 * variant of a flag with variants.
 */
final class FlagCombinations {

    /** 2^12 = 4096 invocations is already more than anyone should want. */
    private static final int MAX_INVOCATIONS = 1 << 12;
    /** A boolean flag's values, in the order they run. */
    static final List<Object> ON_OFF = List.of(true, false);

    private FlagCombinations() {
    }

    /**
     * @param valuesOf a flag's values: {@link #ON_OFF} for a boolean flag, else its variant names
     */
    static List<Map<String, Object>> of(BothPaths bothPaths, Function<String, List<Object>> valuesOf) {
        return all(List.of(bothPaths.value()), "@BothPaths", valuesOf);
    }

    static List<Map<String, Object>> of(FlagMatrix matrix, Function<String, List<Object>> valuesOf) {
        if (matrix.cases().length > 0) {
            List<Map<String, Object>> cases = new ArrayList<>();
            for (String text : matrix.cases()) {
                Map<String, Object> c = parseCase(text, valuesOf);
                if (matrix.value().length > 0 && !List.of(matrix.value()).containsAll(c.keySet())) {
                    throw new ExtensionConfigurationException("@FlagMatrix case '" + text
                            + "' names a flag that is not in value() " + List.of(matrix.value()));
                }
                cases.add(c);
            }
            return cases;
        }
        return all(List.of(matrix.value()), "@FlagMatrix", valuesOf);
    }

    /** Every on/off combination of boolean flags, the first flag varying slowest: on,on / on,off / off,on / off,off. */
    static List<Map<String, Object>> all(List<String> flags, String annotation) {
        return all(flags, annotation, key -> ON_OFF);
    }

    /** Every combination of the flags' values, the first flag varying slowest, each flag's values in order. */
    static List<Map<String, Object>> all(List<String> flags, String annotation,
                                         Function<String, List<Object>> valuesOf) {
        if (flags.isEmpty()) {
            throw new ExtensionConfigurationException(annotation + " needs at least one flag key");
        }
        if (new LinkedHashSet<>(flags).size() != flags.size()) {
            throw new ExtensionConfigurationException(annotation + " lists a flag twice: " + flags);
        }
        for (String flag : flags) {
            if (flag == null || flag.isBlank()) {
                throw new ExtensionConfigurationException(annotation + " has an empty flag key");
            }
        }
        long runs = 1;
        for (String flag : flags) {
            runs *= valuesOf.apply(flag).size();
            if (runs > MAX_INVOCATIONS) {
                throw new ExtensionConfigurationException(annotation + " combines " + flags.size() + " flags into"
                        + " more than " + MAX_INVOCATIONS + " runs; choose the interesting cases with"
                        + " @FlagMatrix(cases = ...)");
            }
        }
        List<Map<String, Object>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (String flag : flags) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : result) {
                for (Object value : valuesOf.apply(flag)) {
                    Map<String, Object> combination = new LinkedHashMap<>(partial);
                    combination.put(flag, value);
                    next.add(combination);
                }
            }
            result = next;
        }
        return result;
    }

    /** {@code "a=on, b=off"} → {a=true, b=false}, for boolean flags. */
    static Map<String, Object> parseCase(String text) {
        return parseCase(text, key -> ON_OFF);
    }

    /** {@code "a=on, b=green"} → {a=true, b="green"}: on/off (or true/false) for a boolean flag, else a variant. */
    static Map<String, Object> parseCase(String text, Function<String, List<Object>> valuesOf) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split("=", -1);
            String key = kv[0].trim();
            String written = kv.length == 2 ? kv[1].trim() : "";
            Object value = key.isEmpty() ? null : value(written, valuesOf.apply(key));
            if (value == null || result.put(key, value) != null) {
                throw new ExtensionConfigurationException("@FlagMatrix case '" + text
                        + "' must read like 'new-checkout=on, dark-mode=off' (each flag once, a boolean flag on or"
                        + " off, a flag with variants one of them"
                        + (key.isEmpty() || valuesOf.apply(key) == ON_OFF ? "" : ": " + key + " has "
                        + valuesOf.apply(key).stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        + ")");
            }
        }
        return result;
    }

    private static Object value(String written, List<Object> values) {
        if (values.contains(Boolean.TRUE)) {
            return switch (written.toLowerCase(Locale.ROOT)) {
                case "on", "true" -> Boolean.TRUE;
                case "off", "false" -> Boolean.FALSE;
                default -> null;
            };
        }
        return values.contains(written) ? written : null;
    }

    /** {@code [a=on, b=green]}. */
    static String displayName(Map<String, ?> combination) {
        return combination.entrySet().stream().map(e -> e.getKey() + "=" + shown(e.getValue()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String shown(Object value) {
        return value instanceof Boolean on ? (on ? "on" : "off") : String.valueOf(value);
    }
}
