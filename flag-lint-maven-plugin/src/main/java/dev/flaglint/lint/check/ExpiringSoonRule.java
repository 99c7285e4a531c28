package dev.flaglint.lint.check;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Flag;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code expiring-soon}: a call of a flag that expires within {@code warnDays}; a heads-up before the
 * build breaks. A flag nobody calls is left to {@code unused}, which asks for more (its removal now).
 */
final class ExpiringSoonRule extends CallSiteRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.EXPIRING_SOON, "ExpiringSoonFlag", Severity.WARNING,
            "A flag expires within warnDays.",
            "A call of a flag that expires within warnDays (default 14) days: the build will fail"
                    + " once it has expired.",
            "Plan the flag's removal, or move 'expires' if it must stay longer.");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    protected Optional<String> message(CallSite site, CheckContext context) {
        Flag flag = context.declared(site);
        OptionalLong left = flag == null ? OptionalLong.empty() : flag.metadata().daysLeft(context.today());
        if (left.isEmpty() || left.getAsLong() < 0 || left.getAsLong() > context.warnDays()) {
            return Optional.empty();
        }
        long days = left.getAsLong();
        String when = days == 0 ? "today" : days == 1 ? "in 1 day" : "in " + days + " days";
        return Optional.of("flag '" + flag.key() + "' expires on " + flag.metadata().expires() + ", " + when + " "
                + FlagText.ownerAndTicket(flag) + "; plan its removal, or move 'expires' if it must stay longer");
    }
}
