package dev.flaglint.server.service;

import dev.flaglint.model.Metadata;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.Reason;

/**
 * The answer for one declared flag and one context.
 *
 * @param key        the flag
 * @param evaluation flag-runtime's answer and reason
 * @param metadata   owner, dates, ticket (from flags.yaml)
 * @param rolloutBy  the attribute the flag's rollout is by, in the environment evaluated
 */
public record FlagEvaluation(String key, Evaluation evaluation, Metadata metadata, String rolloutBy) {

    /** Boolean flags have the variants {@code on} and {@code off}. */
    public String variant() {
        return evaluation.enabled() ? "on" : "off";
    }

    /**
     * True when the answer came from reaching the rollout with no unit: the context had neither the
     * {@code rollout_by} attribute nor a targeting key, so it is not in the rollout.
     */
    public boolean unitMissing() {
        return evaluation.reason() == Reason.DEFAULT;
    }
}
