package dev.flaglint.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Which Java types a flag's value can be read as, for the typed methods of {@link Flags}: its own type, and
 * between numbers the conversions that lose nothing. The checks allocate nothing; a conversion boxes.
 */
final class Values {

    /** What a typed method of {@link Flags} reads a value as. */
    enum Kind {
        BOOLEAN("a boolean"), STRING("a string"), INT("an int"), NUMBER("a number");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        /** "a string", for the type-mismatch message. */
        String phrase() {
            return phrase;
        }

        boolean fits(Object value) {
            return switch (this) {
                case BOOLEAN -> value instanceof Boolean;
                case STRING -> value instanceof String;
                case INT -> isInt(value);
                case NUMBER -> value instanceof Number;
            };
        }
    }

    private Values() {
    }

    /**
     * {@code value} as {@code type} ({@code int.class} as {@code Integer.class} and so on), or {@code null} when it is
     * not of that type and cannot be read as one exactly.
     */
    static Object as(Object value, Class<?> requested) {
        Class<?> type = requested.isPrimitive() ? boxed(requested) : requested;
        if (type.isInstance(value)) {
            return value;
        }
        if (!(value instanceof Number n)) {
            return null;
        }
        if (type == Integer.class) {
            return isInt(n) ? (Object) n.intValue() : null;
        }
        if (type == Long.class) {
            return isLong(n) ? (Object) n.longValue() : null;
        }
        if (type == Double.class) {
            return n.doubleValue();
        }
        return null;
    }

    private static Class<?> boxed(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        }
        if (primitive == long.class) {
            return Long.class;
        }
        if (primitive == double.class) {
            return Double.class;
        }
        return primitive == boolean.class ? Boolean.class : Void.class;
    }

    /** Whether {@code value} is a whole number an {@code int} holds. */
    static boolean isInt(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return true;
        }
        return isLong(value) && ((Number) value).longValue() == ((Number) value).intValue();
    }

    /** Whether {@code value} is a whole number a {@code long} holds. */
    private static boolean isLong(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && d >= Long.MIN_VALUE && d < 0x1p63;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64;
        }
        if (value instanceof BigDecimal big) {
            try {
                big.longValueExact();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }
        return false;
    }

    /** "a string", "an Integer" — what the caller asked for, in messages. */
    static String describe(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return Kind.BOOLEAN.phrase();
        }
        if (type == String.class) {
            return Kind.STRING.phrase();
        }
        if (type == Integer.class || type == int.class) {
            return Kind.INT.phrase();
        }
        if (type == Double.class || type == double.class || type == Number.class) {
            return Kind.NUMBER.phrase();
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object (Map)";
        }
        return "a " + type.getSimpleName();
    }
}
