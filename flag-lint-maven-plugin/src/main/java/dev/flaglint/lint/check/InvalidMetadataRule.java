package dev.flaglint.lint.check;

import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Problem;

import java.util.List;

/**
 * {@code invalid-metadata}: a flags file that is not valid YAML/JSON, or a field with a wrong value
 * (errors), or a field the schema does not know (warnings). A file that cannot be read at all is
 * reported by every module, since none of them can be checked.
 */
final class InvalidMetadataRule implements LintRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.INVALID_METADATA, "InvalidFlagsFile", Severity.ERROR,
            "The flags file is not valid YAML/JSON, or a field has a wrong value.",
            "The flags file must parse and every field must have a valid value (dates, keys, rollout"
                    + " percentages, operators, rules that say what everyone else gets). Unknown fields"
                    + " are warnings.",
            "Fix the field at the reported line and column; the message says what is expected.");

    @Override
    public RuleDoc doc() {
        return DOC;
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
