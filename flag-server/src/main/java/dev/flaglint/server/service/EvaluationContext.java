package dev.flaglint.server.service;

import java.util.Map;

/**
 * The attributes a flag is evaluated against, already checked against the limits.
 *
 * @param attributes   name to value (String, Long, BigInteger, Double, Boolean)
 * @param targetingKey OpenFeature's targeting key, or {@code null}: the rollout unit when the context lacks the
 *                     flag's {@code rollout_by} attribute
 */
public record EvaluationContext(Map<String, Object> attributes, String targetingKey) {

    public static final EvaluationContext EMPTY = new EvaluationContext(Map.of(), null);

    public EvaluationContext {
        attributes = Map.copyOf(attributes);
    }

    /** The context a flag rolled out by {@code unitAttribute} sees: the targeting key stands in for a missing unit. */
    Map<String, ?> forUnit(String unitAttribute) {
        if (targetingKey == null || attributes.containsKey(unitAttribute)) {
            return attributes;
        }
        return new UnitFallbackContext(attributes, unitAttribute, targetingKey);
    }
}
