package dev.flaglint.lint.check;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;
import dev.flaglint.model.Problem;

import java.util.List;

/**
 * {@code invalid-metadata}: a flags file that is not valid YAML/JSON, or a field with a wrong value
 * (errors), or a field the schema does not know (warnings). A file that cannot be read at all is
 * reported by every module, since none of them can be checked.
 */
final class InvalidMetadataRule implements LintRule {

    @Override
    public String id() {
        return "invalid-metadata";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        if (context.flagsFile() == null) {
            return List.of();
        }
        return context.flagsFile().problems().stream()
                .filter(p -> p.kind() == Problem.Kind.SYNTAX
                        || (context.ownsFlagsFile() && p.kind() != Problem.Kind.MISSING_FIELD))
                .map(p -> FlagsFileProblems.toFinding(id(), p, context.flagsFilePath()))
                .toList();
    }
}
