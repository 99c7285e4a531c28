package dev.flaglint.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation settings of a flag, or of one environment after its overrides are applied.
 *
 * @param enabled           the switch; {@code false} turns the flag off for everyone
 * @param rules             first match wins
 * @param rollout           a boolean flag's percent (0–100) of units that get {@code true} when no rule matched, or
 *                          {@code null}
 * @param rolloutBy         the context attribute that is the rollout unit
 * @param rolloutByDeclared whether the file says {@code rollout_by}; when it does not, a context without
 *                          {@code user_id} is rolled out by its targeting key
 * @param defaultVariant    a flag with variants: the variant it gives when off and when no rule or rollout picks
 *                          one; {@code null} for a boolean flag
 * @param weights           a flag with variants: the weighted rollout, variant to percent (summing to 100), in the
 *                          variants' declaration order; empty when there is none
 */
public record Targeting(boolean enabled, List<Rule> rules, Double rollout, String rolloutBy,
                        boolean rolloutByDeclared, String defaultVariant, Map<String, Double> weights) {
    public static final String DEFAULT_ROLLOUT_BY = "user_id";

    public Targeting {
        rules = List.copyOf(rules);
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** A boolean flag's settings, unit attribute as given (not declared when it is the default). */
    public Targeting(boolean enabled, List<Rule> rules, Double rollout, String rolloutBy) {
        this(enabled, rules, rollout, rolloutBy, !DEFAULT_ROLLOUT_BY.equals(rolloutBy), null, Map.of());
    }

    /** Whether a rollout decides for units no rule matched: a percentage or weights. */
    public boolean hasRollout() {
        return rollout != null || !weights.isEmpty();
    }

    /**
     * True when everyone gets the same answer: switched off, or no rules and no partial rollout (a percentage
     * of 0 or 100, or weights giving one variant 100).
     */
    public boolean isUniform() {
        if (!enabled) {
            return true;
        }
        if (!rules.isEmpty()) {
            return false;
        }
        if (!weights.isEmpty()) {
            return weights.values().stream().anyMatch(w -> w == 100d);
        }
        return rollout == null || rollout == 0d || rollout == 100d;
    }

    /**
     * The answer everyone gets when {@linkplain #isUniform() uniform}; empty when it depends on the context, and
     * for a flag with declared variants.
     */
    public Optional<Boolean> uniformValue() {
        if (!isUniform() || defaultVariant != null) {
            return Optional.empty();
        }
        return Optional.of(enabled && (rollout == null || rollout == 100d));
    }

    /**
     * The variant everyone gets when {@linkplain #isUniform() uniform}: {@code on}/{@code off} for a boolean flag, for
     * a flag with variants its default variant (switched off, or nothing else decides) or the one weighted 100; empty
     * when it depends on the context.
     */
    public Optional<String> uniformVariant() {
        if (defaultVariant == null) {
            return uniformValue().map(on -> on ? Variants.ON : Variants.OFF);
        }
        if (!isUniform()) {
            return Optional.empty();
        }
        if (!enabled || weights.isEmpty()) {
            return Optional.of(defaultVariant);
        }
        return weights.entrySet().stream().filter(e -> e.getValue() == 100d).map(Map.Entry::getKey).findFirst();
    }
}
