package dev.flaglint.runtime;

/**
 * The answer for one flag and one context, and why.
 *
 * @param enabled   the answer
 * @param reason    why
 * @param ruleIndex the 0-based index of the rule that decided, or -1 when no rule did
 * @param errorCode why the evaluation failed; {@code null} unless {@code reason} is {@link Reason#ERROR}
 */
public record Evaluation(boolean enabled, Reason reason, int ruleIndex, ErrorCode errorCode) {

    /** No rule index. */
    public static final int NO_RULE = -1;

    public Evaluation {
        if ((reason == Reason.ERROR) != (errorCode != null)) {
            throw new IllegalArgumentException("an error code goes with reason ERROR, and only with it");
        }
    }

    /** The evaluations of a kind that carry no rule, built once: evaluating allocates nothing. */
    static Evaluation of(boolean enabled, Reason reason) {
        return enabled ? TRUE[reason.ordinal()] : FALSE[reason.ordinal()];
    }

    /** The failed evaluation returning the caller's default; shared instances. */
    static Evaluation error(ErrorCode code, boolean defaultValue) {
        return (defaultValue ? ERROR_TRUE : ERROR_FALSE)[code.ordinal()];
    }

    public boolean isError() {
        return reason == Reason.ERROR;
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
