package dev.flaglint.lint.check;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;
import dev.flaglint.model.Problem;

import java.util.List;

/** {@code missing-metadata}: a flag without owner, created, expires (unless permanent) or ticket. */
final class MissingMetadataRule implements LintRule {

    @Override
    public String id() {
        return "missing-metadata";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        if (context.flagsFile() == null || !context.ownsFlagsFile()) {
            return List.of();
        }
        return context.flagsFile().problems().stream()
                .filter(p -> p.kind() == Problem.Kind.MISSING_FIELD)
                .map(p -> FlagsFileProblems.toFinding(id(), p, context.flagsFilePath()))
                .toList();
    }
}
