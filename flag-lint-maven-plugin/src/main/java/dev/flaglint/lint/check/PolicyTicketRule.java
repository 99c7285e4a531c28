package dev.flaglint.lint.check;

import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Flag;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code policy-ticket}: a flag whose {@code ticket} does not match the {@code ticketPattern}
 * (the whole value must match). Off unless the policy sets a pattern. A missing ticket is
 * {@code missing-metadata}'s business.
 */
final class PolicyTicketRule extends DeclarationRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.POLICY_TICKET, "FlagTicketPolicy", Severity.ERROR,
            "A flag's ticket does not match ticketPattern.",
            "With ticketPattern set, every flag's ticket must match the regular expression entirely.",
            "Put the id of the issue that tracks the flag's removal, in the tracker's format.");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    protected Optional<String> message(Flag flag, CheckContext context) {
        Pattern pattern = context.policy().ticketPattern();
        String ticket = flag.metadata().ticket();
        if (pattern == null || ticket == null || pattern.matcher(ticket).matches()) {
            return Optional.empty();
        }
        return Optional.of("flag '" + flag.key() + "': ticket '" + ticket + "' does not match the required pattern '"
                + pattern.pattern() + "' (ticketPattern); put the id of the issue that tracks this flag's removal");
    }
}
