package dev.flaglint.runtime;

import dev.flaglint.model.Variants;

import java.util.Objects;

/**
 * The answer for one flag and one context, and why: the variant the flag picked and its value, the reason, the
 * rule that decided, and for a failed evaluation the error code (the value is then the caller's default).
 * OpenFeature's vocabulary, so a provider maps it one to one.
 *
 * <p>Immutable. The evaluations a flag can give are built when it is loaded, so evaluating allocates nothing;
 * only a failure that returns a caller's default of another type than {@code boolean} builds a new one.
 */
public final class Evaluation {

    /** No rule index. */
    public static final int NO_RULE = -1;

    private final Object value;
    private final String variant;
    private final Reason reason;
    private final int ruleIndex;
    private final ErrorCode errorCode;
    /** Where asking this answer as the wrong type is reported, once per flag; {@code null} for answers built by hand. */
    private final FlagLog log;

    /**
     * A boolean answer: the variant is {@code on} or {@code off} ({@code null} for an error).
     *
     * @param enabled   the answer
     * @param reason    why
     * @param ruleIndex the 0-based index of the rule that decided, or {@link #NO_RULE}
     * @param errorCode why the evaluation failed; {@code null} unless {@code reason} is {@link Reason#ERROR}
     */
    public Evaluation(boolean enabled, Reason reason, int ruleIndex, ErrorCode errorCode) {
        this(enabled, reason == Reason.ERROR ? null : enabled ? Variants.ON : Variants.OFF, reason, ruleIndex,
                errorCode, null);
    }

    Evaluation(Object value, String variant, Reason reason, int ruleIndex, ErrorCode errorCode, FlagLog log) {
        if (reason == null || (reason == Reason.ERROR) != (errorCode != null)) {
            throw new IllegalArgumentException("an error code goes with reason ERROR, and only with it");
        }
        this.value = value;
        this.variant = variant;
        this.reason = reason;
        this.ruleIndex = ruleIndex;
        this.errorCode = errorCode;
        this.log = log;
    }

    /**
     * A successful answer of any type, for other sources of flags (a remote service): {@code value} is a
     * {@code Boolean}, {@code String}, {@code Number} or {@code Map}/{@code List} of such values.
     *
     * @throws IllegalArgumentException for reason {@link Reason#ERROR} (use {@link #error(ErrorCode, Object)})
     */
    public static Evaluation of(Object value, String variant, Reason reason, int ruleIndex) {
        return new Evaluation(value, variant, reason, ruleIndex, null, null);
    }

    /** A failed evaluation that returns {@code defaultValue}; shared instances for a boolean default. */
    public static Evaluation error(ErrorCode code, Object defaultValue) {
        if (defaultValue instanceof Boolean b) {
            return error(code, b.booleanValue());
        }
        return new Evaluation(defaultValue, null, Reason.ERROR, NO_RULE, Objects.requireNonNull(code), null);
    }

    /** The failed evaluation returning the caller's boolean default; shared instances. */
    public static Evaluation error(ErrorCode code, boolean defaultValue) {
        return (defaultValue ? ERROR_TRUE : ERROR_FALSE)[code.ordinal()];
    }

    /** The evaluations of a boolean kind that carry no rule, built once: evaluating allocates nothing. */
    static Evaluation of(boolean enabled, Reason reason) {
        return enabled ? TRUE[reason.ordinal()] : FALSE[reason.ordinal()];
    }

    /** The answer as a boolean: true only when the value is {@code true} (for a typed flag, see {@link #value()}). */
    public boolean enabled() {
        return Boolean.TRUE.equals(value);
    }

    /**
     * The value: the picked variant's ({@code Boolean}, {@code String}, {@code Integer}/{@code Long}/{@code Double},
     * or an unmodifiable {@code Map}), or the caller's default when the evaluation failed.
     */
    public Object value() {
        return value;
    }

    /** The picked variant's name ({@code on}/{@code off} for a boolean flag); {@code null} when it failed. */
    public String variant() {
        return variant;
    }

    public Reason reason() {
        return reason;
    }

    /** The 0-based index of the rule that decided, or {@link #NO_RULE} unless the reason is TARGETING_MATCH. */
    public int ruleIndex() {
        return ruleIndex;
    }

    /** Why the evaluation failed; {@code null} unless the reason is {@link Reason#ERROR}. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    public boolean isError() {
        return reason == Reason.ERROR;
    }

    /** The answer a caller asking for a type the flag does not have gets: its default, TYPE_MISMATCH. */
    Evaluation typeMismatch(String asked, Object defaultValue) {
        reportTypeMismatch(asked);
        return error(ErrorCode.TYPE_MISMATCH, defaultValue);
    }

    /** Reports asking this answer as {@code asked} ("a string"), once per flag, without building an answer. */
    void reportTypeMismatch(String asked) {
        if (log != null) {
            log.typeMismatch(asked);
        }
    }

    /** This failed evaluation with another default, or this one when the default is the same. */
    Evaluation withDefault(Object defaultValue) {
        return Objects.equals(value, defaultValue) ? this : error(errorCode, defaultValue);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e && ruleIndex == e.ruleIndex && reason == e.reason && errorCode == e.errorCode
                && Objects.equals(value, e.value) && Objects.equals(variant, e.variant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, variant, reason, ruleIndex, errorCode);
    }

    /** {@code Evaluation[enabled=true, reason=...]} for a boolean answer, {@code Evaluation[value="green", variant=...]} else. */
    @Override
    public String toString() {
        String head = value instanceof Boolean b ? "enabled=" + b
                : "value=" + (value instanceof String s ? "\"" + s + "\"" : value) + ", variant=" + variant;
        return "Evaluation[" + head + ", reason=" + reason + ", ruleIndex=" + ruleIndex + ", errorCode=" + errorCode
                + "]";
    }

    private static final Evaluation[] TRUE = plain(true);
    private static final Evaluation[] FALSE = plain(false);
    private static final Evaluation[] ERROR_TRUE = errors(true);
    private static final Evaluation[] ERROR_FALSE = errors(false);

    private static Evaluation[] plain(boolean enabled) {
        Reason[] reasons = Reason.values();
        Evaluation[] result = new Evaluation[reasons.length];
        for (Reason r : reasons) {
            result[r.ordinal()] = r == Reason.ERROR ? null : new Evaluation(enabled, r, NO_RULE, null);
        }
        return result;
    }

    private static Evaluation[] errors(boolean enabled) {
        ErrorCode[] codes = ErrorCode.values();
        Evaluation[] result = new Evaluation[codes.length];
        for (ErrorCode c : codes) {
            result[c.ordinal()] = new Evaluation(enabled, Reason.ERROR, NO_RULE, c);
        }
        return result;
    }
}
