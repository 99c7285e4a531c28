package dev.flaglint.lint.check;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;
import dev.flaglint.model.Flag;
import dev.flaglint.model.Spelling;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code policy-owner}: a flag whose {@code owner} is not one of {@code allowedOwners}. Off unless
 * the policy lists owners. A missing owner is {@code missing-metadata}'s business.
 */
final class PolicyOwnerRule implements LintRule {

    @Override
    public String id() {
        return "policy-owner";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<String> allowed = context.policy().allowedOwners();
        List<Finding> findings = new ArrayList<>();
        if (allowed.isEmpty() || !context.hasFlags() || !context.ownsFlagsFile()) {
            return findings;
        }
        for (Flag flag : context.flagsFile().flags().values()) {
            String owner = flag.metadata().owner();
            if (owner != null && !allowed.contains(owner)) {
                String hint = Spelling.closest(owner, allowed).map(o -> "did you mean '" + o + "'? ").orElse("");
                findings.add(finding(flag.key(), context.flagsFilePath(), flag.position().line(),
                        flag.position().column(), "flag '" + flag.key() + "': owner '" + owner
                                + "' is not an allowed owner (allowedOwners: " + String.join(", ", allowed) + "); "
                                + hint + "use one of them, or add the team to allowedOwners"));
            }
        }
        return findings;
    }
}
