package dev.flaglint.model;

import java.util.List;
import java.util.Optional;

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

    /** True when everyone gets the same answer: switched off, or no rules and no partial rollout. */
    public boolean isUniform() {
        return !enabled || (rules.isEmpty() && (rollout == null || rollout == 0d || rollout == 100d));
    }

    /** The answer everyone gets when {@linkplain #isUniform() uniform}; empty when it depends on the context. */
    public Optional<Boolean> uniformValue() {
        if (!isUniform()) {
            return Optional.empty();
        }
        return Optional.of(enabled && (rollout == null || rollout == 100d));
    }
}
