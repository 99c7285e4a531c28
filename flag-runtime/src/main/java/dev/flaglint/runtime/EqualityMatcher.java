package dev.flaglint.runtime;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code in} (the default: equal to the value or to any value of a list) and {@code not_in}.
 * Text compares as text, exactly ({@code "007"} is not {@code "7"}); a {@code Number} in the context
 * compares numerically with the listed values that read as numbers ({@code 123}, {@code 123L} and
 * {@code 123.0} all equal {@code 123}).
 */
final class EqualityMatcher implements ValueMatcher {

    /** Up to this many values a linear scan beats a hash lookup. */
    private static final int SCAN_LIMIT = 8;

    private final String[] values;
    /** Each value's length: most values differ from a given text in length, told apart without reading either. */
    private final int[] lengths;
    private final Set<String> valueSet;
    /** Listed values written as integers, exactly. */
    private final long[] integralValues;
    /** Every listed value that reads as a number. */
    private final double[] numericValues;
    /** Listed numbers that are not plain integers, e.g. {@code 1.5} or {@code 1e3}. */
    private final double[] otherNumericValues;
    private final boolean ignoreCase;
    private final boolean negate;

    EqualityMatcher(List<String> values, boolean ignoreCase, boolean negate) {
        // Case-insensitive lists are folded once here, so a comparison folds only the context's side.
        this.values = values.stream().map(v -> ignoreCase ? CaseFolding.fold(v) : v).toArray(String[]::new);
        this.lengths = Arrays.stream(this.values).mapToInt(String::length).toArray();
        this.valueSet = new HashSet<>(Arrays.asList(this.values));
        this.ignoreCase = ignoreCase;
        this.negate = negate;
        this.integralValues = values.stream().map(EqualityMatcher::parseLong).filter(Objects::nonNull)
                .mapToLong(Long::longValue).toArray();
        this.numericValues = values.stream().mapToDouble(v -> Numbers.parse(v, 0)).filter(d -> !Double.isNaN(d))
                .toArray();
        this.otherNumericValues = values.stream().filter(v -> parseLong(v) == null)
                .mapToDouble(v -> Numbers.parse(v, 0)).filter(d -> !Double.isNaN(d)).toArray();
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public boolean text(String text, int from) {
        return negate != contains(text, from);
    }

    @Override
    public boolean number(Number value) {
        return negate != containsNumber(value);
    }

    private boolean contains(String text, int from) {
        int length = text.length() - from;
        if (from == 0 && !ignoreCase) {
            if (values.length > SCAN_LIMIT) {
                return valueSet.contains(text);
            }
            for (int i = 0; i < values.length; i++) { // short lists: cheaper than hashing the text
                if (lengths[i] == length && values[i].equals(text)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (lengths[i] == length && (ignoreCase ? CaseFolding.regionEqualsFolded(text, from, values[i])
                    : text.regionMatches(from, values[i], 0, length))) {
                return true;
            }
        }
        return false;
    }

    private boolean containsNumber(Number value) {
        if (Numbers.isIntegral(value)) {
            // Exact: 2^53 + 1 must not equal 2^53, as it would through doubles.
            long l = value.longValue();
            for (long v : integralValues) {
                if (v == l) {
                    return true;
                }
            }
            return containsDouble(otherNumericValues, l);
        }
        return containsDouble(numericValues, value.doubleValue());
    }

    private static boolean containsDouble(double[] candidates, double d) {
        for (double v : candidates) {
            if (v == d) {
                return true;
            }
        }
        return false;
    }
}
