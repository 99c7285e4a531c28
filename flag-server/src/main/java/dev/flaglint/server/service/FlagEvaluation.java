package dev.flaglint.server.service;

import dev.flaglint.model.Metadata;
import dev.flaglint.model.Targeting;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.Reason;

/**
 * The answer for one declared flag and one context.
 *
 * @param key        the flag
 * @param evaluation flag-runtime's answer: the variant, its value and the reason
 * @param metadata   owner, dates, ticket (from flags.yaml)
 * @param targeting  the flag's evaluation settings in the environment evaluated
 */
public record FlagEvaluation(String key, Evaluation evaluation, Metadata metadata, Targeting targeting) {

    /** The picked variant's name ({@code on}/{@code off} for a boolean flag); {@code null} for an error. */
    public String variant() {
        return evaluation.variant();
    }

    /** The picked variant's value: Boolean, String, Integer/Long/Double or an unmodifiable Map. */
    public Object value() {
        return evaluation.value();
    }

    /**
     * True when the answer came from reaching the rollout with no unit: the context had neither the flag's
     * {@code rollout_by} attribute nor, for a flag that does not name one, a targeting key. (A flag with variants
     * also answers DEFAULT to everyone its rules leave when it has no rollout; that is not a missing unit.)
     */
    public boolean unitMissing() {
        return evaluation.reason() == Reason.DEFAULT && targeting != null && targeting.hasRollout();
    }

    /** The attribute the flag's rollout is by. */
    public String rolloutBy() {
        return targeting == null ? Targeting.DEFAULT_ROLLOUT_BY : targeting.rolloutBy();
    }

    /** Whether a context without {@link #rolloutBy()} is rolled out by its targeting key (the flag names no unit). */
    public boolean targetingKeyStandsIn() {
        return targeting == null || !targeting.rolloutByDeclared();
    }
}
