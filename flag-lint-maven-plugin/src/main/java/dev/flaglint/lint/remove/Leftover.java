package dev.flaglint.lint.remove;

/**
 * A reference to the removed flag that was left as it is, or a construct that now needs a person's eye.
 *
 * @param file   the file, relative to the build's top directory, with {@code /}
 * @param line   1-based; 0 when the whole file is meant
 * @param column 1-based
 * @param reason why it was left
 * @param detail the expression or name concerned, for the message
 */
public record Leftover(String file, int line, int column, LeftoverReason reason, String detail) {

    public String message() {
        return reason.message(detail);
    }
}
