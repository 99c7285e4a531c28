package dev.flaglint.runtime;

import java.util.regex.Pattern;

/**
 * {@code matches}: the whole value must match the regular expression (like {@link String#matches}),
 * not merely contain a match: {@code matches: "beta"} does not hold for {@code "alphabeta"}; write
 * {@code ".*beta.*"} for that. Full match is what people expect when they read a rule. The pattern is
 * compiled once at load; a {@code java.util.regex.Matcher} is still created per value.
 */
final class RegexMatcher implements ValueMatcher {

    private final Pattern pattern;

    RegexMatcher(Pattern pattern) {
        this.pattern = pattern;
    }

    @Override
    public boolean text(String text, int from) {
        try {
            return pattern.matcher(text).region(from, text.length()).matches();
        } catch (StackOverflowError e) {
            // java.util.regex recurses per repetition: a long value against (a|b)* can exhaust the
            // stack. Evaluation never throws: such a value simply does not match.
            return false;
        }
    }
}
