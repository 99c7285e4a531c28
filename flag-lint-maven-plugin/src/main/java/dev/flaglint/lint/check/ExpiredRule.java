package dev.flaglint.lint.check;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code expired}: a flag whose {@code expires} date is before today. Reported at each call site;
 * a flag nobody calls any more is reported once, where it is declared.
 */
final class ExpiredRule extends CallSiteRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.EXPIRED, "ExpiredFlag", Severity.ERROR,
            "A flag is past its expiry date.",
            "A flag whose 'expires' date is before today is reported at each call site, or at its"
                    + " declaration when nothing evaluates it any more.",
            "Remove the flag check and the branch it guards, then the flag from the flags file; or"
                    + " move 'expires' if the flag must stay longer.");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>(super.check(context));
        for (Flag flag : context.flagsReportedHere()) {
            if (flag.metadata().isExpiredOn(context.today()) && !context.isUsed(flag)) {
                findings.add(atDeclaration(flag, context, message(flag) + " and no call site of it was found in the"
                        + " scanned sources; remove any code still using it, then delete it from "
                        + context.flagsFileName()));
            }
        }
        return findings;
    }

    @Override
    protected Optional<String> message(CallSite site, CheckContext context) {
        Flag flag = context.declared(site);
        if (flag == null || !flag.metadata().isExpiredOn(context.today())) {
            return Optional.empty();
        }
        return Optional.of(message(flag) + "; remove this check and the branch it guards, then the flag from "
                + context.flagsFileName() + ", or move 'expires' if the flag must stay longer");
    }

    private static String message(Flag flag) {
        return "flag '" + flag.key() + "' expired on " + flag.metadata().expires() + " " + FlagText.ownerAndTicket(flag);
    }
}
