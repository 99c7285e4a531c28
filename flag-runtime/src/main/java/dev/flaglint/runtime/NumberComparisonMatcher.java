package dev.flaglint.runtime;

import dev.flaglint.model.Operator;

/** {@code lt}, {@code lte}, {@code gt}, {@code gte}: a number in the context, or text that reads as one. */
final class NumberComparisonMatcher implements ValueMatcher {

    private final Operator operator;
    private final double bound;

    NumberComparisonMatcher(Operator operator, double bound) {
        this.operator = operator;
        this.bound = bound;
    }

    @Override
    public boolean text(String text, int from) {
        return compare(Numbers.parse(text, from));
    }

    @Override
    public boolean number(Number value) {
        return compare(value.doubleValue());
    }

    private boolean compare(double value) {
        // NaN (not a number) fails every comparison, as it should.
        return switch (operator) {
            case LT -> value < bound;
            case LTE -> value <= bound;
            case GT -> value > bound;
            case GTE -> value >= bound;
            default -> false;
        };
    }
}
