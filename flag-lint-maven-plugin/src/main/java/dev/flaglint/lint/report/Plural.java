package dev.flaglint.lint.report;

/** Counts in messages: {@code 1 error}, {@code 2 errors}. */
public final class Plural {

    private Plural() {
    }

    public static String of(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
