package dev.flaglint.lint.check;

import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;
import dev.flaglint.model.Flag;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code expiring-soon}: a call of a flag that expires within {@code warnDays}; a heads-up before the
 * build breaks. A flag nobody calls is left to {@code unused}, which asks for more (its removal now).
 */
final class ExpiringSoonRule implements LintRule {

    @Override
    public String id() {
        return "expiring-soon";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (CallSite site : context.callSites()) {
            Flag flag = context.declared(site);
            if (flag != null && isSoon(flag, context)) {
                findings.add(finding(flag.key(), site.file(), site.line(), site.column(), message(flag, context)));
            }
        }
        return findings;
    }

    private static boolean isSoon(Flag flag, CheckContext context) {
        long days = FlagDates.daysLeft(flag, context.today());
        return days >= 0 && days <= context.warnDays();
    }

    private static String message(Flag flag, CheckContext context) {
        long days = FlagDates.daysLeft(flag, context.today());
        String when = days == 0 ? "today" : days == 1 ? "in 1 day" : "in " + days + " days";
        return "flag '" + flag.key() + "' expires on " + flag.metadata().expires() + ", " + when + " "
                + FlagDates.ownerAndTicket(flag) + "; plan its removal, or move 'expires' if it must stay longer";
    }
}
