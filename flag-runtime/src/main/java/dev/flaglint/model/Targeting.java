package dev.flaglint.model;

import java.util.List;

/**
 * The evaluation settings of a flag, or of one environment after its overrides are applied.
 *
 * @param enabled   the switch; {@code false} turns the flag off for everyone
 * @param rules     first match wins
 * @param rollout   percent (0–100) of units that get {@code true} when no rule matched, or {@code null}
 * @param rolloutBy the context attribute that is the rollout unit
 */
public record Targeting(boolean enabled, List<Rule> rules, Double rollout, String rolloutBy) {
    public static final String DEFAULT_ROLLOUT_BY = "user_id";

    public Targeting {
        rules = List.copyOf(rules);
    }

    /** True when everyone gets the same answer: no rules and no partial rollout. */
    public boolean isUniform() {
        return !enabled || (rules.isEmpty() && (rollout == null || rollout == 0d || rollout == 100d));
    }
}
