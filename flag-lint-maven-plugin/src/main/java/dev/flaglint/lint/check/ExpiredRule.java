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
                        + "; remove this check and the branch it guards, then the flag from " + fileName(context)
                        + ", or move 'expires' if the flag must stay longer"));
            }
        }
        if (context.hasFlags() && context.ownsFlagsFile()) {
            for (Flag flag : context.flagsFile().flags().values()) {
                if (FlagDates.isExpired(flag, context.today()) && !context.isUsed(flag)) {
                    findings.add(finding(flag.key(), context.flagsFilePath(), flag.position().line(),
                            flag.position().column(), message(flag) + " and no call site of it was found in the"
                                    + " scanned sources; remove any code still using it, then delete it from "
                                    + fileName(context)));
                }
            }
        }
        return findings;
    }

    private static String fileName(CheckContext context) {
        String path = context.flagsFilePath();
        return path == null ? "the flags file" : path.substring(path.lastIndexOf('/') + 1);
    }

    private static String message(Flag flag) {
        return "flag '" + flag.key() + "' expired on " + flag.metadata().expires() + " " + FlagDates.ownerAndTicket(flag);
    }
}
