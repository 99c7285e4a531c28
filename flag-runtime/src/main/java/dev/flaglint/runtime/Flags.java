package dev.flaglint.runtime;

import dev.flaglint.model.Metadata;

import java.util.Map;
import java.util.Optional;

/**
 * Evaluates feature flags: the one type application code needs to hold. {@link FeatureFlags} (a snapshot
 * of a file), {@link ReloadingFeatureFlags} (a file it follows) and test doubles implement it; so can any
 * other source of flags, by writing the one abstract method.
 *
 * <pre>{@code
 * Flags flags = FeatureFlags.fromClasspath();
 * boolean on = flags.isEnabled("new-checkout", FlagContext.targeting("user-42").with("plan", "enterprise"));
 * String color = flags.stringValue("checkout-button", FlagContext.targeting("user-42"), "blue");
 * }</pre>
 *
 * <p>A context is any {@code Map<String, ?>}; {@link FlagContext} is an immutable one built for the purpose.
 * Evaluation never throws: an unknown flag, one that cannot be evaluated, or one asked for as another type than
 * its variants have, gives the caller's default with reason {@link Reason#ERROR} and an {@link ErrorCode}
 * ({@link ErrorCode#TYPE_MISMATCH} for the last, logged once per flag). The typed methods allocate nothing
 * except when they return the default of a failed evaluation in its details form.
 */
public interface Flags {

    /**
     * The flag's evaluation, whatever its type: the picked variant, its value, why. Never throws: a {@code null}
     * context is empty; a {@code null} or unknown key, or a flag that cannot be evaluated, gives
     * {@code defaultValue} with reason {@link Reason#ERROR}. For a boolean flag {@link Evaluation#enabled()} is
     * the answer; the typed methods below read {@link Evaluation#value()}.
     */
    Evaluation evaluate(String key, Map<String, ?> context, boolean defaultValue);

    /** The flag's evaluation (the details form of {@link #isEnabled} and of {@link #variant}); errors give false. */
    default Evaluation evaluate(String key, Map<String, ?> context) {
        return evaluate(key, context, false);
    }

    /** The flag for an empty context (rules and rollouts then give their "everyone else" answer). */
    default boolean isEnabled(String key) {
        return isEnabled(key, Map.of(), false);
    }

    /** The flag for {@code context}; false when the flag is unknown, cannot be evaluated or is not boolean. */
    default boolean isEnabled(String key, Map<String, ?> context) {
        return isEnabled(key, context, false);
    }

    /** The flag for {@code context}; {@code defaultValue} when it is unknown, cannot be evaluated or is not boolean. */
    default boolean isEnabled(String key, Map<String, ?> context, boolean defaultValue) {
        Evaluation e = evaluate(key, context, defaultValue);
        if (e.value() instanceof Boolean b) {
            return b;
        }
        if (!e.isError()) {
            e.reportTypeMismatch(Values.Kind.BOOLEAN.phrase());
        }
        return defaultValue;
    }

    /** A boolean flag's answer and why; another type gives {@code defaultValue} with TYPE_MISMATCH. */
    default Evaluation booleanDetails(String key, Map<String, ?> context, boolean defaultValue) {
        Evaluation e = evaluate(key, context, defaultValue);
        return e.value() instanceof Boolean || e.isError() ? e : e.typeMismatch(Values.Kind.BOOLEAN.phrase(),
                defaultValue);
    }

    /** A string flag's value; {@code defaultValue} when it is unknown, cannot be evaluated or is not a string flag. */
    default String stringValue(String key, Map<String, ?> context, String defaultValue) {
        Evaluation e = read(key, context, Values.Kind.STRING);
        return e == null ? defaultValue : (String) e.value();
    }

    /** A string flag's value and why; the value is {@code defaultValue} when {@link #stringValue} would give it. */
    default Evaluation stringDetails(String key, Map<String, ?> context, String defaultValue) {
        return valueDetails(key, context, String.class, defaultValue);
    }

    /**
     * A number flag's value as an int; {@code defaultValue} when it is unknown, cannot be evaluated, or its value
     * is not a whole number an int holds.
     */
    default int intValue(String key, Map<String, ?> context, int defaultValue) {
        Evaluation e = read(key, context, Values.Kind.INT);
        return e == null ? defaultValue : ((Number) e.value()).intValue();
    }

    /** {@link #intValue}'s answer and why; the value is an {@code Integer}. */
    default Evaluation intDetails(String key, Map<String, ?> context, int defaultValue) {
        return valueDetails(key, context, Integer.class, defaultValue);
    }

    /** A number flag's value as a double; {@code defaultValue} when it is unknown, cannot be evaluated or not a number. */
    default double doubleValue(String key, Map<String, ?> context, double defaultValue) {
        Evaluation e = read(key, context, Values.Kind.NUMBER);
        return e == null ? defaultValue : ((Number) e.value()).doubleValue();
    }

    /** {@link #doubleValue}'s answer and why; the value is a {@code Number} (read it with {@code doubleValue()}). */
    default Evaluation doubleDetails(String key, Map<String, ?> context, double defaultValue) {
        return valueDetails(key, context, Double.class, defaultValue);
    }

    /**
     * The flag's value as {@code type}: {@code Boolean}, {@code String}, {@code Integer}, {@code Long},
     * {@code Double}, {@code Number}, {@code Map} (an object flag) or {@code Object} (any). A whole number is
     * converted to {@code Long} or {@code Double} on request (boxing it may allocate). {@code defaultValue} when
     * the flag is unknown, cannot be evaluated, or its value is not of that type.
     */
    default <T> T value(String key, Map<String, ?> context, Class<T> type, T defaultValue) {
        Evaluation e = evaluate(key, context, defaultValue instanceof Boolean b && b);
        if (e.isError() || type == null) {
            return defaultValue;
        }
        Object converted = Values.as(e.value(), type);
        if (converted == null) {
            e.reportTypeMismatch(Values.describe(type));
            return defaultValue;
        }
        @SuppressWarnings("unchecked") // converted is a type (for int.class, the Integer that T is)
        T value = (T) converted;
        return value;
    }

    /**
     * {@link #value}'s answer and why. On success it is the flag's own evaluation (its value as the flag holds it,
     * e.g. an {@code Integer} for {@code Double.class}); on failure a new one with {@code defaultValue}.
     */
    default <T> Evaluation valueDetails(String key, Map<String, ?> context, Class<T> type, T defaultValue) {
        Evaluation e = evaluate(key, context, defaultValue instanceof Boolean b && b);
        if (e.isError()) {
            return e.withDefault(defaultValue);
        }
        if (type == null || Values.as(e.value(), type) == null) {
            return e.typeMismatch(type == null ? "a value of no type (null)" : Values.describe(type), defaultValue);
        }
        return e;
    }

    /**
     * The variant the flag picks for {@code context} ({@code on}/{@code off} for a boolean flag), whatever its type;
     * {@code null} when the flag is unknown or cannot be evaluated. Its details form is {@link #evaluate(String, Map)}.
     */
    default String variant(String key, Map<String, ?> context) {
        return evaluate(key, context, false).variant();
    }

    /**
     * The declared flag's metadata (owner, dates, ticket), for reports and providers that pass it on (OpenFeature's
     * flag metadata); empty for an unknown key, and by default, for a source that does not know it.
     */
    default Optional<Metadata> metadata(String key) {
        return Optional.empty();
    }

    /** The flag's evaluation when it succeeded with a value of {@code kind}; else {@code null} (a mismatch logged). */
    private Evaluation read(String key, Map<String, ?> context, Values.Kind kind) {
        Evaluation e = evaluate(key, context, false);
        if (e.isError()) {
            return null;
        }
        if (!kind.fits(e.value())) {
            e.reportTypeMismatch(kind.phrase());
            return null;
        }
        return e;
    }
}
