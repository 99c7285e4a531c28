package dev.flaglint.lint.source;

/**
 * Where a Java text nests deepest: brackets, parentheses and braces outside comments, strings and
 * character literals. For the message when a file is nested too deeply to parse.
 *
 * @param depth how many levels
 * @param line  the 1-based line where that depth is first reached
 */
record Nesting(int depth, int line) {

    static Nesting deepest(CharSequence text) {
        int depth = 0;
        int max = 0;
        int maxLine = 1;
        int line = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i + 1 < n && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                for (i += 2; i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/'); i++) {
                    line += text.charAt(i) == '\n' ? 1 : 0;
                }
                i++;
            } else if (c == '"' || c == '\'') {
                // To the closing quote or the line's end (a text block's body is read as code: close enough here).
                for (i++; i < n && text.charAt(i) != c && text.charAt(i) != '\n'; i++) {
                    i += text.charAt(i) == '\\' ? 1 : 0;
                }
                line += i < n && text.charAt(i) == '\n' ? 1 : 0;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > max) {
                    max = depth;
                    maxLine = line;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return new Nesting(max, maxLine);
    }
}
