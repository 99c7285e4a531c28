package dev.flaglint.lint.report;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.LintRequest;

import java.util.List;

/** The reports written after {@code flag-lint.json}: SARIF (unless turned off) and, on GitHub Actions, the job summary. */
public final class AdditionalReports {

    public void write(LintRequest request, List<Finding> findings, int callSites) {
        if (request.reportDirectory() != null && request.options().sarif()) {
            new SarifReport().write(request, findings);
        }
        if (request.options().onGitHubActions()) {
            new GitHubActionsReport().appendSummary(request, findings, callSites);
        }
    }
}
