package dev.flaglint.lint;

/**
 * One thing the check reports.
 *
 * @param rule     rule id, e.g. {@code expired}
 * @param severity decides whether the build fails
 * @param flag     the flag concerned, or {@code null}
 * @param file     path relative to the module, with {@code /}
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param message  what is wrong and what to do
 */
public record Finding(String rule, Severity severity, String flag, String file, int line, int column,
                      String message) {

    /** {@code file:[line,col] rule: message}, Checkstyle style, so IDEs and CI logs make it clickable. */
    public String toConsoleLine() {
        return file + ":[" + line + "," + column + "] " + rule + ": " + message;
    }
}
