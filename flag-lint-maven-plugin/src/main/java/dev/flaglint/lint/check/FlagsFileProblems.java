package dev.flaglint.lint.check;

import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Problem;

/** Turns a flags-file {@link Problem} into a finding of the rule that reports it. */
final class FlagsFileProblems {

    private FlagsFileProblems() {
    }

    static Finding toFinding(RuleId rule, Problem p, String path) {
        StringBuilder message = new StringBuilder();
        if (p.flagKey() != null) {
            message.append("flag '").append(p.flagKey()).append("': ");
        }
        if (p.field() != null) {
            message.append("'").append(p.field()).append("' ");
        }
        message.append(p.message());
        Severity severity = p.isError() ? Severity.ERROR : Severity.WARNING;
        return new Finding(rule, severity, p.flagKey(), path, p.position().line(), p.position().column(),
                message.toString());
    }
}
