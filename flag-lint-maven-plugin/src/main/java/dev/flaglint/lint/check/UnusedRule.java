package dev.flaglint.lint.check;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;
import dev.flaglint.model.Flag;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code unused}: a declared flag that no scanned module evaluates. Expired flags are left to
 * {@code expired}, which says the same more urgently.
 */
final class UnusedRule implements LintRule {

    @Override
    public String id() {
        return "unused";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!context.hasFlags() || !context.ownsFlagsFile()) {
            return findings;
        }
        String modules = context.scannedModules().size() == 1 ? "module " + context.scannedModules().get(0)
                : "modules " + String.join(", ", context.scannedModules());
        for (Flag flag : context.flagsFile().flags().values()) {
            if (!context.isUsed(flag) && !FlagDates.isExpired(flag, context.today())) {
                findings.add(finding(flag.key(), context.flagsFilePath(), flag.position().line(),
                        flag.position().column(), "flag '" + flag.key() + "' is declared but never evaluated in "
                                + modules + " " + FlagDates.ownerAndTicket(flag)
                                + "; remove it from the flags file if it is no longer needed"));
            }
        }
        return findings;
    }
}
