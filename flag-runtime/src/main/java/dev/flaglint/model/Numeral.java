package dev.flaglint.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number written in a flags file, read exactly, or why it cannot be used. YAML numbers mean what the YAML
 * 1.1 reader decodes ({@code 1_000} is 1000, {@code 0x10} 16, {@code 0b101} 5, {@code +5}, {@code .5},
 * {@code 1e3}); refused, each with a reason the user can act on: {@code .inf} and {@code .nan}, numbers
 * beyond the range of a double, and integers with a leading zero ({@code 017} is octal 15 in YAML 1.1 but
 * 17 in YAML 1.2 and to JSON readers: ambiguous, so it must be written one way or quoted).
 *
 * @param value   the exact value, or {@code null} when refused
 * @param text    the value as text in JSON's number syntax (what the runtime and other readers get): the
 *                text as written when it already is one, else the decimal value ({@code 0x10} gives "16")
 * @param problem why it is refused, or {@code null}
 */
record Numeral(BigDecimal value, String text, String problem) {

    /** JSON's number syntax: what every reader of any language agrees on. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final BigDecimal MAX = new BigDecimal(Double.MAX_VALUE);

    boolean ok() {
        return problem == null;
    }

    /** A scalar the reader decoded as a number; {@code written} is its text in the file. */
    static Numeral ofNumber(Number decoded, String written) {
        String plain = written.strip();
        boolean integral = decoded instanceof Integer || decoded instanceof Long || decoded instanceof BigInteger
                || decoded instanceof Short || decoded instanceof Byte;
        if (integral) {
            if (hasLeadingZero(plain)) {
                return refused("'" + written + "' is ambiguous: YAML 1.1 reads a leading zero as octal, YAML 1.2 and"
                        + " JSON as decimal; write it without the leading zero, or quote it if it is text");
            }
            BigDecimal value = new BigDecimal(decoded instanceof BigInteger big ? big
                    : BigInteger.valueOf(decoded.longValue()));
            return checked(value, JSON_NUMBER.matcher(plain).matches() ? plain : value.toString(), written);
        }
        if (Double.isNaN(decoded.doubleValue()) || plain.toLowerCase(Locale.ROOT).contains("inf")) {
            return refused("'" + written + "' is not a finite number");
        }
        BigDecimal value = parse(plain.replace("_", ""));
        if (value == null) {
            return refused("'" + written + "' is out of range");
        }
        return checked(value, JSON_NUMBER.matcher(plain).matches() ? plain : value.toString(), written);
    }

    /** Text (a quoted operand) that must be a number: JSON's syntax only, so every reader agrees on it. */
    static Numeral ofText(String written) {
        String plain = written.strip();
        BigDecimal value = JSON_NUMBER.matcher(plain).matches() ? parse(plain) : null;
        if (value == null) {
            return refused("'" + written + "' is not a number");
        }
        return checked(value, plain, written);
    }

    private static Numeral checked(BigDecimal value, String text, String written) {
        if (value.abs().compareTo(MAX) > 0) {
            return refused("'" + written + "' is out of range");
        }
        return new Numeral(value, text, null);
    }

    private static Numeral refused(String problem) {
        return new Numeral(null, null, problem);
    }

    /** {@code 017}, {@code -0_7}: an integer whose digits start with 0 (not {@code 0}, {@code 0x..}, {@code 0b..}). */
    private static boolean hasLeadingZero(String text) {
        int i = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        return text.length() > i + 1 && text.charAt(i) == '0'
                && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '_');
    }

    /** The exact value, or {@code null} when it cannot be held (an exponent beyond ±2^31, for one). */
    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
