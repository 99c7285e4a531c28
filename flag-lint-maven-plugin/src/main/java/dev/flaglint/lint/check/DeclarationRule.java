package dev.flaglint.lint.check;

import dev.flaglint.lint.model.Finding;
import dev.flaglint.model.Flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule about declared flags: each flag of the flags file gets at most one finding, where it is
 * declared, and only from the module that reports on the file ({@link CheckContext#flagsReportedHere()}).
 */
public abstract class DeclarationRule implements LintRule {

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Flag flag : context.flagsReportedHere()) {
            message(flag, context).ifPresent(m -> findings.add(atDeclaration(flag, context, m)));
        }
        return findings;
    }

    /** What is wrong with {@code flag}, or empty. */
    protected abstract Optional<String> message(Flag flag, CheckContext context);
}
