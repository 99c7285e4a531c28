package dev.flaglint.lint.check;

import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;
import dev.flaglint.model.Spelling;

import java.util.ArrayList;
import java.util.List;

/** {@code undeclared}: code evaluates a key the flags file does not declare (a typo, or a flag nobody owns). */
final class UndeclaredRule implements LintRule {

    @Override
    public String id() {
        return "undeclared";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        if (context.flagsFile() == null) {
            for (CallSite site : context.callSites()) {
                if (site.key() != null) {
                    findings.add(finding(site.key(), site.file(), site.line(), site.column(),
                            "flag '" + site.key() + "' is not declared: no flags file was found; create"
                                    + " src/main/resources/flags.yaml (or set flagsFile) and declare it there"
                                    + " with owner, created, expires and ticket"));
                }
            }
            return findings;
        }
        if (!context.hasFlags()) {
            return findings; // the file does not parse: invalid-metadata says so, and every key would be noise
        }
        for (CallSite site : context.callSites()) {
            if (site.key() != null && context.declared(site) == null) {
                String hint = Spelling.closest(site.key(), context.flagsFile().flags().keySet())
                        .map(k -> "did you mean '" + k + "'? Otherwise declare it")
                        .orElse("declare it");
                findings.add(finding(site.key(), site.file(), site.line(), site.column(),
                        "flag '" + site.key() + "' is not declared in " + context.flagsFilePath() + "; " + hint
                                + " there with owner, created, expires and ticket"));
            }
        }
        return findings;
    }
}
