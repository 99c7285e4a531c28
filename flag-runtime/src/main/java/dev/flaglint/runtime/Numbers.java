package dev.flaglint.runtime;

/** Reads numbers from context text without exceptions on the common paths. */
final class Numbers {

    private Numbers() {
    }

    /** {@code text.substring(from)} as a double, or NaN when it is not a plain decimal number. */
    static double parse(String text, int from) {
        int len = text.length();
        if (from >= len) {
            return Double.NaN;
        }
        // Fast path: an optional sign and up to 18 digits (ids, counts), no allocation.
        int i = from;
        boolean negative = text.charAt(i) == '-';
        if (negative || text.charAt(i) == '+') {
            i++;
        }
        if (i < len && len - i <= 18) {
            long value = 0;
            int j = i;
            while (j < len && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                value = value * 10 + (text.charAt(j) - '0');
                j++;
            }
            if (j == len) {
                return negative ? -value : value;
            }
        }
        // Decimals and exponents: only digits, sign, '.', 'e'/'E' may reach Double.parseDouble, which
        // would otherwise also accept "NaN", "Infinity", hex floats and a trailing 'd' or 'f'.
        boolean digit = false;
        for (int k = from; k < len; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return Double.NaN;
            }
        }
        if (!digit) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.substring(from));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** True for the boxed integral types whose {@code longValue()} is exact. */
    static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }
}
