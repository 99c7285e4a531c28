package dev.flaglint.lint.adjust;

import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;

import java.util.EnumMap;
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

    /** rule to the severity, or empty for off */
    private final Map<RuleId, Optional<Severity>> byRule;

    private SeverityOverrides(Map<RuleId, Optional<Severity>> byRule) {
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
        Map<RuleId, Optional<Severity>> byRule = new EnumMap<>(RuleId.class);
        for (Map.Entry<String, String> e : new TreeMap<>(configured).entrySet()) {
            String id = e.getKey().trim();
            RuleId rule = RuleId.byId(id).orElseThrow(() -> new IllegalArgumentException("<severities>: unknown"
                    + " rule '" + id + "'; the rules are " + String.join(", ", RuleId.ids())));
            String value = e.getValue() == null ? "" : e.getValue().trim().toLowerCase(Locale.ROOT);
            if (!VALUES.contains(value)) {
                throw new IllegalArgumentException("<severities>: rule '" + id + "' cannot have severity '"
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
        return override == null ? Optional.of(f) : override.map(f::withSeverity);
    }

    /** The severity a rule's findings get by default after overrides: empty when off. */
    public Optional<Severity> severityOf(RuleId rule, Severity defaultSeverity) {
        Optional<Severity> override = byRule.get(rule);
        return override == null ? Optional.of(defaultSeverity) : override;
    }
}
