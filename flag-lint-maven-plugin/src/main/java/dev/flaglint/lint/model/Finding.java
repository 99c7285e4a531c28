package dev.flaglint.lint.model;

/**
 * One thing the check reports.
 *
 * @param rule     the rule that reports it
 * @param severity decides whether the build fails
 * @param flag     the flag concerned, or {@code null}
 * @param file     path relative to the module, with {@code /}
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param message  what is wrong and what to do
 * @param baseline what a baseline said about it
 */
public record Finding(RuleId rule, Severity severity, String flag, String file, int line, int column,
                      String message, BaselineState baseline) {

    /** How the text of a finding the baseline accepts begins. */
    public static final String BASELINED = "(baselined) ";

    /** A finding no baseline has looked at. */
    public Finding(RuleId rule, Severity severity, String flag, String file, int line, int column, String message) {
        this(rule, severity, flag, file, line, column, message, BaselineState.NONE);
    }

    /** Whether a baseline accepts it (it is then info and does not fail the build). */
    public boolean isBaselined() {
        return baseline == BaselineState.UNCHANGED;
    }

    /** The message as reports print it: marked {@value #BASELINED} when the baseline accepts the finding. */
    public String text() {
        return isBaselined() ? BASELINED + message : message;
    }

    /** This finding with another severity. */
    public Finding withSeverity(Severity other) {
        return other == severity ? this : new Finding(rule, other, flag, file, line, column, message, baseline);
    }

    /** This finding as the baseline judged it. */
    public Finding withBaseline(BaselineState state, Severity other) {
        return new Finding(rule, other, flag, file, line, column, message, state);
    }

    /** {@code file:[line,col] rule: message}, Checkstyle style, so IDEs and CI logs make it clickable. */
    public String toConsoleLine() {
        return toConsoleLine(file);
    }

    /** {@link #toConsoleLine()} with the file shown as {@code shownFile} (e.g. relative to another directory). */
    public String toConsoleLine(String shownFile) {
        return shownFile + ":[" + line + "," + column + "] " + rule.id() + ": " + text();
    }
}
