package dev.flaglint.lint.check;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;
import dev.flaglint.model.Flag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code policy-ticket}: a flag whose {@code ticket} does not match the {@code ticketPattern}
 * (the whole value must match). Off unless the policy sets a pattern. A missing ticket is
 * {@code missing-metadata}'s business.
 */
final class PolicyTicketRule implements LintRule {

    @Override
    public String id() {
        return "policy-ticket";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        Pattern pattern = context.policy().ticketPattern();
        List<Finding> findings = new ArrayList<>();
        if (pattern == null || !context.hasFlags() || !context.ownsFlagsFile()) {
            return findings;
        }
        for (Flag flag : context.flagsFile().flags().values()) {
            String ticket = flag.metadata().ticket();
            if (ticket != null && !pattern.matcher(ticket).matches()) {
                findings.add(finding(flag.key(), context.flagsFilePath(), flag.position().line(),
                        flag.position().column(), "flag '" + flag.key() + "': ticket '" + ticket
                                + "' does not match the required pattern '" + pattern.pattern()
                                + "' (ticketPattern); put the id of the issue that tracks this flag's removal"));
            }
        }
        return findings;
    }
}
