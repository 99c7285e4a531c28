package dev.flaglint.lint.check;

import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Flag;
import dev.flaglint.model.Metadata;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code policy-lifetime}: a non-permanent flag planned to live longer than {@code maxLifetimeDays}
 * ({@code expires - created}). Off unless the policy sets a maximum.
 */
final class PolicyLifetimeRule extends DeclarationRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.POLICY_LIFETIME, "FlagLifetimePolicy", Severity.ERROR,
            "A flag is planned to live longer than maxLifetimeDays.",
            "With maxLifetimeDays set, a non-permanent flag's 'expires' may be at most that many days"
                    + " after its 'created'.",
            "Bring 'expires' forward, or mark an operational toggle 'permanent: true'.");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    protected Optional<String> message(Flag flag, CheckContext context) {
        Integer max = context.policy().maxLifetimeDays();
        Metadata m = flag.metadata();
        if (max == null || m.permanent() || m.created() == null || m.expires() == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(m.created(), m.expires());
        if (days <= max) {
            return Optional.empty();
        }
        return Optional.of("flag '" + flag.key() + "' is planned to live " + days + " days (created " + m.created()
                + ", expires " + m.expires() + "), more than the allowed " + max + " (maxLifetimeDays); set"
                + " 'expires' to " + m.created().plusDays(max) + " or earlier, or mark it 'permanent: true' if it is"
                + " an operational toggle");
    }
}
