package dev.flaglint.runtime;

import dev.flaglint.model.Condition;
import dev.flaglint.model.Operator;
import dev.flaglint.model.SemanticVersion;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule condition ready to evaluate: which context attribute to read and the compiled matcher.
 * {@code email_domain}, when the context does not carry it, is derived from {@code email} (the text after
 * the last '@'); it always compares ignoring case, as domains do.
 */
final class CompiledCondition {

    static final String EMAIL_DOMAIN = "email_domain";
    static final String EMAIL = "email";

    private final String attribute;
    private final boolean emailDomain;
    private final ValueMatcher matcher;

    private CompiledCondition(String attribute, ValueMatcher matcher) {
        // Interned: callers build contexts with literal keys, so the map's equals() hits identity first.
        this.attribute = attribute.intern();
        this.emailDomain = attribute.equals(EMAIL_DOMAIN);
        this.matcher = matcher;
    }

    /**
     * Compiles a condition validated by the model; all parsing and regex compilation happens here. Never
     * throws: the model has already refused every operand these steps could fail on, and should one slip
     * through anyway, its condition never holds rather than breaking the whole file's load.
     */
    static CompiledCondition compile(Condition condition) {
        boolean ignoreCase = condition.attribute().equals(EMAIL_DOMAIN);
        Operator op = condition.operator();
        String first = condition.values().isEmpty() ? "" : condition.values().get(0);
        ValueMatcher matcher = switch (op) {
            case IN -> new EqualityMatcher(condition.values(), ignoreCase, false);
            case NOT_IN -> new EqualityMatcher(condition.values(), ignoreCase, true);
            // The model gives numbers in JSON's syntax, which Numbers reads; NaN would fail every comparison.
            case LT, LTE, GT, GTE -> new NumberComparisonMatcher(op, Numbers.parse(first, 0));
            case SEMVER_EQ, SEMVER_LT, SEMVER_LTE, SEMVER_GT, SEMVER_GTE -> SemanticVersion.parse(first)
                    .<ValueMatcher>map(bound -> new SemverComparisonMatcher(op, bound)).orElse(ValueMatcher.NEVER);
            case MATCHES -> regex(first, ignoreCase);
            case STARTS_WITH -> new AffixMatcher(condition.values(), false, ignoreCase);
            case ENDS_WITH -> new AffixMatcher(condition.values(), true, ignoreCase);
        };
        return new CompiledCondition(condition.attribute(), matcher);
    }

    private static ValueMatcher regex(String pattern, boolean ignoreCase) {
        try {
            return new RegexMatcher(Pattern.compile(pattern, ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
        } catch (PatternSyntaxException | StackOverflowError e) {
            return ValueMatcher.NEVER;
        }
    }

    /** The attribute this condition reads, interned. */
    String attribute() {
        return attribute;
    }

    /** The attribute's value in {@code context}, as {@link #holds} takes it. */
    Object read(Map<String, ?> context) {
        return FlagContext.read(context, attribute);
    }

    /**
     * Whether the condition holds for {@code value}, the attribute's value read from {@code context} (read apart, so
     * that a rollout by the same attribute need not read it again). A condition on an attribute the context lacks
     * never holds, {@code not_in} included.
     */
    boolean holds(Object value, Map<String, ?> context) {
        if (value == null) {
            if (!emailDomain) {
                return false;
            }
            Object email = FlagContext.read(context, EMAIL);
            if (email == null) {
                return false;
            }
            String text = email.toString();
            int at = text.lastIndexOf('@');
            return at >= 0 && text(text, at + 1);
        }
        if (value instanceof String s) {
            return text(s, 0);
        }
        if (value instanceof Number n) {
            return matcher.number(n);
        }
        return text(value.toString(), 0);
    }

    /**
     * Equality (plain {@code attribute: value} and lists) is by far the most common operator: tested for first, its
     * call stays direct and inlined even where an application's flags use every kind of matcher.
     */
    private boolean text(String text, int from) {
        return matcher instanceof EqualityMatcher equality ? equality.text(text, from) : matcher.text(text, from);
    }
}
