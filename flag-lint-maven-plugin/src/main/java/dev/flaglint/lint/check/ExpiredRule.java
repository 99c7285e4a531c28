package dev.flaglint.lint.check;

import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;
import dev.flaglint.model.Flag;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code expired}: a flag whose {@code expires} date is before today. Reported at each call site;
 * a flag nobody calls any more is reported once, where it is declared.
 */
final class ExpiredRule implements LintRule {

    @Override
    public String id() {
        return "expired";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (CallSite site : context.callSites()) {
            Flag flag = context.declared(site);
            if (flag != null && FlagDates.isExpired(flag, context.today())) {
                findings.add(finding(flag.key(), site.file(), site.line(), site.column(), message(flag)
                        + "; remove this check and the branch it guards, then the flag from flags.yaml,"
                        + " or move 'expires' if the flag must stay longer"));
            }
        }
        if (context.hasFlags() && context.ownsFlagsFile()) {
            for (Flag flag : context.flagsFile().flags().values()) {
                if (FlagDates.isExpired(flag, context.today()) && !context.isUsed(flag)) {
                    findings.add(finding(flag.key(), context.flagsFilePath(), flag.position().line(),
                            flag.position().column(), message(flag)
                                    + " and nothing evaluates it any more; delete it from the flags file"));
                }
            }
        }
        return findings;
    }

    private static String message(Flag flag) {
        return "flag '" + flag.key() + "' expired on " + flag.metadata().expires() + " " + FlagDates.ownerAndTicket(flag);
    }
}
