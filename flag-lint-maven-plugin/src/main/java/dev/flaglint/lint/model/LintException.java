package dev.flaglint.lint.model;

/**
 * A problem with the user's input or configuration that stops the check (a malformed baseline, a
 * flags file that {@code init} cannot safely edit). Its message says what to do; callers report it
 * without a stack trace.
 */
public class LintException extends RuntimeException {

    public LintException(String message) {
        super(message);
    }

    public LintException(String message, Throwable cause) {
        super(message, cause);
    }
}
