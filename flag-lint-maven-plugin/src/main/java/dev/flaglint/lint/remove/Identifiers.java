package dev.flaglint.lint.remove;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of Java source text, without parsing it: identifiers outside comments and literals, and the string
 * literals. Used to tell whether a name is still used anywhere in a build (a file that does not parse counts too),
 * and whether a flag's key still appears in a string.
 */
final class Identifiers {

    /** One identifier or string literal and where it starts; {@code inImport}: part of an import declaration. */
    record Token(String text, int offset, boolean string, boolean inImport) {
    }

    private Identifiers() {
    }

    static List<Token> of(String source) {
        List<Token> tokens = new ArrayList<>();
        int n = source.length();
        int i = 0;
        boolean inImport = false;
        int depth = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int close = source.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int close = closingTextBlock(source, i + 3);
                tokens.add(new Token(source.substring(i + 3, Math.max(i + 3, close - 3)), i, true, inImport));
                i = close;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    tokens.add(new Token(source.substring(i + 1, Math.min(j, n)), i, true, inImport));
                }
                i = Math.min(n, j + 1);
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(source.charAt(j))) {
                    j++;
                }
                String word = source.substring(i, j);
                if (depth == 0 && word.equals("import")) {
                    inImport = true;
                }
                tokens.add(new Token(word, i, false, inImport));
                i = j;
            } else {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth = Math.max(0, depth - 1);
                } else if (c == ';') {
                    inImport = false;
                }
                i++;
            }
        }
        return tokens;
    }

    private static int closingTextBlock(String source, int from) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith("\"\"\"", i)) {
                return i + 3;
            } else {
                i++;
            }
        }
        return source.length();
    }

    /** How often {@code name} occurs as an identifier outside import declarations. */
    static int uses(String source, String name) {
        if (!source.contains(name)) {
            return 0;
        }
        return (int) of(source).stream().filter(t -> !t.string() && !t.inImport() && t.text().equals(name)).count();
    }
}
