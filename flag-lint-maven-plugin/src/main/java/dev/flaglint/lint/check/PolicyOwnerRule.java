package dev.flaglint.lint.check;

import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Flag;
import dev.flaglint.model.Spelling;

import java.util.List;
import java.util.Optional;

/**
 * {@code policy-owner}: a flag whose {@code owner} is not one of {@code allowedOwners}. Off unless
 * the policy lists owners. A missing owner is {@code missing-metadata}'s business.
 */
final class PolicyOwnerRule extends DeclarationRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.POLICY_OWNER, "FlagOwnerPolicy", Severity.ERROR,
            "A flag's owner is not in allowedOwners.",
            "With allowedOwners set, every flag's owner must be one of the listed teams.",
            "Use one of the allowed owners, or add the team to allowedOwners.");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    protected Optional<String> message(Flag flag, CheckContext context) {
        List<String> allowed = context.policy().allowedOwners();
        String owner = flag.metadata().owner();
        if (allowed.isEmpty() || owner == null || allowed.contains(owner)) {
            return Optional.empty();
        }
        String hint = Spelling.closest(owner, allowed).map(o -> "did you mean '" + o + "'? ").orElse("");
        return Optional.of("flag '" + flag.key() + "': owner '" + owner + "' is not an allowed owner (allowedOwners: "
                + String.join(", ", allowed) + "); " + hint + "use one of them, or add the team to allowedOwners");
    }
}
