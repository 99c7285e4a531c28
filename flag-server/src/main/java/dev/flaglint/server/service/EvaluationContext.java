package dev.flaglint.server.service;

import java.util.Map;

/**
 * The attributes a flag is evaluated against, already checked against the limits. OpenFeature's targeting key is
 * the attribute {@code targetingKey}, which flag-runtime itself reads as the rollout unit of a flag that does not
 * name one ({@code user_id} first): the server passes the context on as it came, so it rolls out exactly as an
 * application evaluating the same file in-process.
 *
 * @param attributes name to value (String, Long, BigInteger, Double, Boolean)
 */
public record EvaluationContext(Map<String, Object> attributes) {

    public static final EvaluationContext EMPTY = new EvaluationContext(Map.of());

    public EvaluationContext {
        attributes = Map.copyOf(attributes);
    }
}
