package dev.flaglint.lint.model;

/**
 * How a call of one flag API method reads the flag's value: always as {@code kind} ({@code stringValue}), or as
 * the type its {@code Class} argument at {@code classArgument} names ({@code value(key, ctx, Integer.class, 0)}).
 *
 * @param kind          the fixed kind, or {@code null} when a class argument names it
 * @param classArgument the 0-based index of the {@code Class} argument, or -1
 */
public record ValueRead(ValueKind kind, int classArgument) {

    public ValueRead {
        if ((kind == null) == (classArgument < 0)) {
            throw new IllegalArgumentException("a value read is a fixed kind or a class argument, not both");
        }
    }

    public static ValueRead as(ValueKind kind) {
        return new ValueRead(kind, -1);
    }

    public static ValueRead classArgument(int index) {
        return new ValueRead(null, index);
    }
}
