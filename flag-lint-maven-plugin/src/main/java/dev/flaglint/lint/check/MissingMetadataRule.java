package dev.flaglint.lint.check;

import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Problem;

import java.util.List;

/** {@code missing-metadata}: a flag without owner, created, expires (unless permanent) or ticket. */
final class MissingMetadataRule implements LintRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.MISSING_METADATA, "MissingFlagMetadata", Severity.ERROR,
            "A flag lacks owner, created, ticket, or expires.",
            "Every flag must carry an owner, a creation date, a ticket and an expiry date (unless it"
                    + " is 'permanent: true') so that somebody owns it and it gets removed.",
            "Add the missing field to the flag's entry in the flags file.");

    @Override
    public RuleDoc doc() {
        return DOC;
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
