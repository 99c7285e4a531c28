package dev.flaglint.lint.check;

import java.util.regex.Pattern;

/** Matching of dynamic-key globs ({@code stages.*.enabled}) against declared keys. */
public final class KeyPatterns {

    private KeyPatterns() {
    }

    public static boolean matches(String glob, String key) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
        }
        return key.matches(regex.toString());
    }
}
