package dev.flaglint.lint.check;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per-rule severities chosen by the user ({@code <severities><unused>error</unused></severities>}):
 * {@code error}, {@code warning}, {@code info}, or {@code off} to drop the rule's findings.
 */
public final class SeverityOverrides {

    public static final SeverityOverrides NONE = new SeverityOverrides(Map.of());

    /** The values a severity may take. */
    public static final List<String> VALUES = List.of("error", "warning", "info", "off");

    /** rule id to the severity, or empty for off */
    private final Map<String, Optional<Severity>> byRule;

    private SeverityOverrides(Map<String, Optional<Severity>> byRule) {
        this.byRule = Map.copyOf(byRule);
    }

    /**
     * Parses the configured map.
     *
     * @throws IllegalArgumentException naming the unknown rule or severity and the valid ones
     */
    public static SeverityOverrides parse(Map<String, String> configured) {
        if (configured == null || configured.isEmpty()) {
            return NONE;
        }
        Map<String, Optional<Severity>> byRule = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(configured).entrySet()) {
            String rule = e.getKey().trim();
            if (!RuleDocs.ids().contains(rule)) {
                throw new IllegalArgumentException("<severities>: unknown rule '" + rule + "'; the rules are "
                        + String.join(", ", RuleDocs.ids()));
            }
            String value = e.getValue() == null ? "" : e.getValue().trim().toLowerCase(Locale.ROOT);
            if (!VALUES.contains(value)) {
                throw new IllegalArgumentException("<severities>: rule '" + rule + "' cannot have severity '"
                        + e.getValue() + "'; use one of " + String.join(", ", VALUES));
            }
            byRule.put(rule, value.equals("off") ? Optional.empty()
                    : Optional.of(Severity.valueOf(value.toUpperCase(Locale.ROOT))));
        }
        return new SeverityOverrides(byRule);
    }

    public boolean isEmpty() {
        return byRule.isEmpty();
    }

    /** The finding with its rule's configured severity, or empty when the rule is off. */
    public Optional<Finding> apply(Finding f) {
        Optional<Severity> override = byRule.get(f.rule());
        if (override == null) {
            return Optional.of(f);
        }
        return override.map(s -> s == f.severity() ? f
                : new Finding(f.rule(), s, f.flag(), f.file(), f.line(), f.column(), f.message()));
    }

    /** The severity a rule's findings get by default after overrides: empty when off. */
    public Optional<Severity> severityOf(String rule, Severity defaultSeverity) {
        Optional<Severity> override = byRule.get(rule);
        return override == null ? Optional.of(defaultSeverity) : override;
    }
}
