package dev.flaglint.runtime;

import java.util.Locale;

/**
 * Case-insensitive comparison for {@code email_domain}, cheaper than {@code regionMatches(true, ...)}:
 * the listed side is folded once at load, and the context side char by char with an ASCII fast path.
 */
final class CaseFolding {

    private CaseFolding() {
    }

    /** Lower case, independent of the default locale (no Turkish dotless i surprises). */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} at {@code from} equals the already folded {@code folded}, ignoring case. */
    static boolean regionEqualsFolded(String text, int from, String folded) {
        int n = folded.length();
        if (from < 0 || text.length() - from < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(from + i);
            char f = folded.charAt(i);
            if (c != f && foldChar(c) != f) {
                return false;
            }
        }
        return true;
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
