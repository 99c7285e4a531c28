package dev.flaglint.runtime;

import java.util.Map;

/**
 * Evaluates feature flags: the one type application code needs to hold. {@link FeatureFlags} (a snapshot
 * of a file), {@link ReloadingFeatureFlags} (a file it follows) and test doubles implement it; so can any
 * other source of flags, by writing the one abstract method.
 *
 * <pre>{@code
 * Flags flags = FeatureFlags.fromClasspath();
 * boolean on = flags.isEnabled("new-checkout", Map.of("user_id", "42"));
 * }</pre>
 *
 * <p>Evaluation never throws: an unknown flag, or one that cannot be evaluated, gives the caller's default
 * (false unless given) with reason {@link Reason#ERROR} and an {@link ErrorCode}.
 */
public interface Flags {

    /**
     * The answer and why. Never throws: a {@code null} context is empty; a {@code null} or unknown key, or a
     * flag that cannot be evaluated, gives {@code defaultValue} with reason {@link Reason#ERROR}.
     */
    Evaluation evaluate(String key, Map<String, ?> context, boolean defaultValue);

    /** The answer and why; false when the flag is unknown or cannot be evaluated. */
    default Evaluation evaluate(String key, Map<String, ?> context) {
        return evaluate(key, context, false);
    }

    /** The flag for an empty context (rules and rollouts then give their "everyone else" answer). */
    default boolean isEnabled(String key) {
        return evaluate(key, Map.of(), false).enabled();
    }

    /** The flag for {@code context}; false when the flag is unknown or cannot be evaluated. */
    default boolean isEnabled(String key, Map<String, ?> context) {
        return evaluate(key, context, false).enabled();
    }

    /** The flag for {@code context}; {@code defaultValue} when the flag is unknown or cannot be evaluated. */
    default boolean isEnabled(String key, Map<String, ?> context, boolean defaultValue) {
        return evaluate(key, context, defaultValue).enabled();
    }
}
