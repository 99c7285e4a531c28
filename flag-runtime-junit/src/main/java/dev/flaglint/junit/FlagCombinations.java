package dev.flaglint.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns {@link FlagMatrix} / {@link BothPaths} into the list of flag-value combinations to run. */
final class FlagCombinations {

    /** 2^12 = 4096 invocations is already more than anyone should want. */
    private static final int MAX_FLAGS = 12;

    private FlagCombinations() {
    }

    static List<Map<String, Boolean>> of(BothPaths bothPaths) {
        return all(List.of(bothPaths.value()), "@BothPaths");
    }

    static List<Map<String, Boolean>> of(FlagMatrix matrix) {
        if (matrix.cases().length > 0) {
            List<Map<String, Boolean>> cases = new ArrayList<>();
            for (String text : matrix.cases()) {
                Map<String, Boolean> c = parseCase(text);
                if (matrix.value().length > 0 && !List.of(matrix.value()).containsAll(c.keySet())) {
                    throw new ExtensionConfigurationException("@FlagMatrix case '" + text
                            + "' names a flag that is not in value() " + List.of(matrix.value()));
                }
                cases.add(c);
            }
            return cases;
        }
        return all(List.of(matrix.value()), "@FlagMatrix");
    }

    /** Every on/off combination, the first flag varying slowest: on,on / on,off / off,on / off,off. */
    static List<Map<String, Boolean>> all(List<String> flags, String annotation) {
        if (flags.isEmpty()) {
            throw new ExtensionConfigurationException(annotation + " needs at least one flag key");
        }
        if (new LinkedHashSet<>(flags).size() != flags.size()) {
            throw new ExtensionConfigurationException(annotation + " lists a flag twice: " + flags);
        }
        if (flags.size() > MAX_FLAGS) {
            throw new ExtensionConfigurationException(annotation + " combines " + flags.size() + " flags (2^"
                    + flags.size() + " runs); choose the interesting cases with @FlagMatrix(cases = ...)");
        }
        for (String flag : flags) {
            if (flag == null || flag.isBlank()) {
                throw new ExtensionConfigurationException(annotation + " has an empty flag key");
            }
        }
        List<Map<String, Boolean>> result = new ArrayList<>();
        int n = flags.size();
        for (int bits = 0; bits < (1 << n); bits++) {
            Map<String, Boolean> combination = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                combination.put(flags.get(i), (bits & (1 << (n - 1 - i))) == 0);
            }
            result.add(combination);
        }
        return result;
    }

    /** {@code "a=on, b=off"} → {a=true, b=false}. */
    static Map<String, Boolean> parseCase(String text) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split("=", -1);
            String key = kv[0].trim();
            String value = kv.length == 2 ? kv[1].trim().toLowerCase(Locale.ROOT) : "";
            Boolean on = switch (value) {
                case "on", "true" -> Boolean.TRUE;
                case "off", "false" -> Boolean.FALSE;
                default -> null;
            };
            if (key.isEmpty() || on == null || result.put(key, on) != null) {
                throw new ExtensionConfigurationException("@FlagMatrix case '" + text
                        + "' must read like 'new-checkout=on, dark-mode=off' (each flag once)");
            }
        }
        return result;
    }

    /** {@code [a=on, b=off]}. */
    static String displayName(Map<String, Boolean> combination) {
        return combination.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() ? "on" : "off"))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
