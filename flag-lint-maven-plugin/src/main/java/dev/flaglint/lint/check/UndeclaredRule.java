package dev.flaglint.lint.check;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.model.Spelling;

import java.util.Optional;

/** {@code undeclared}: code evaluates a key the flags file does not declare (a typo, or a flag nobody owns). */
final class UndeclaredRule extends CallSiteRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.UNDECLARED, "UndeclaredFlag", Severity.ERROR,
            "Code evaluates a flag key that the flags file does not declare.",
            "Every key the code evaluates must be declared, with its metadata, in the flags file. A"
                    + " near miss of a declared key is named ('did you mean').",
            "Fix the key if it is a typo; otherwise declare the flag (mvn flag-lint:init adds stubs).");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    protected Optional<String> message(CallSite site, CheckContext context) {
        if (site.key() == null) {
            return Optional.empty();
        }
        if (context.flagsFile() == null) {
            return Optional.of("flag '" + site.key() + "' is not declared: no flags file was found; create"
                    + " src/main/resources/flags.yaml (or set flagsFile) and declare it there"
                    + " with owner, created, expires and ticket");
        }
        if (!context.hasFlags() || context.declared(site) != null) {
            return Optional.empty(); // a file that does not parse is invalid-metadata's: every key would be noise
        }
        String hint = Spelling.closest(site.key(), context.flagsFile().flags().keySet())
                .map(k -> "did you mean '" + k + "'? Otherwise declare it")
                .orElse("declare it");
        return Optional.of("flag '" + site.key() + "' is not declared in " + context.flagsFilePath() + "; " + hint
                + " there with owner, created, expires and ticket");
    }
}
