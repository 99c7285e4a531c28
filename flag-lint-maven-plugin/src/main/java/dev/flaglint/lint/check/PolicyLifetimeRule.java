package dev.flaglint.lint.check;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;
import dev.flaglint.model.Flag;
import dev.flaglint.model.Metadata;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code policy-lifetime}: a non-permanent flag planned to live longer than {@code maxLifetimeDays}
 * ({@code expires - created}). Off unless the policy sets a maximum.
 */
final class PolicyLifetimeRule implements LintRule {

    @Override
    public String id() {
        return "policy-lifetime";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        Integer max = context.policy().maxLifetimeDays();
        List<Finding> findings = new ArrayList<>();
        if (max == null || !context.hasFlags() || !context.ownsFlagsFile()) {
            return findings;
        }
        for (Flag flag : context.flagsFile().flags().values()) {
            Metadata m = flag.metadata();
            if (m.permanent() || m.created() == null || m.expires() == null) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(m.created(), m.expires());
            if (days > max) {
                findings.add(finding(flag.key(), context.flagsFilePath(), flag.position().line(),
                        flag.position().column(), "flag '" + flag.key() + "' is planned to live " + days
                                + " days (created " + m.created() + ", expires " + m.expires()
                                + "), more than the allowed " + max + " (maxLifetimeDays); set 'expires' to "
                                + m.created().plusDays(max) + " or earlier, or mark it 'permanent: true' if it is"
                                + " an operational toggle"));
            }
        }
        return findings;
    }
}
