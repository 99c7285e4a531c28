package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.Severity;

import java.nio.file.Path;

/**
 * The check's closing console lines: counts and where the report is, what the baseline accepted, and
 * how long the scan took.
 */
public final class ConsoleSummary implements LintOutput {

    private final Console console;
    private final ConsolePaths paths;
    private final Path jsonReport;
    private final Path sarifReport;

    /**
     * @param jsonReport  the JSON report written beside, or {@code null}
     * @param sarifReport the SARIF report written beside, or {@code null}
     */
    public ConsoleSummary(Console console, ConsolePaths paths, Path jsonReport, Path sarifReport) {
        this.console = console;
        this.paths = paths;
        this.jsonReport = jsonReport;
        this.sarifReport = sarifReport;
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        console.info("flag-lint: " + Plural.of(result.count(Severity.ERROR), "error") + ", "
                + Plural.of(result.count(Severity.WARNING), "warning") + "; "
                + Plural.of(result.callSites().size(), "call site") + " of " + Plural.of(result.flagCount(), "flag")
                + (jsonReport == null ? "" : " (report: " + paths.show(request, jsonReport) + ")"));
        if (result.baseline() != null) {
            long accepted = result.findings().stream().filter(Finding::isBaselined).count();
            console.info("flag-lint: " + Plural.of(accepted, "finding") + " accepted by "
                    + paths.show(request, result.baseline()) + " (shown as info); only new findings fail the"
                    + " build");
        }
        if (sarifReport != null) {
            console.debug("flag-lint: SARIF report " + paths.show(request, sarifReport));
        }
        console.info("flag-lint: scanned " + Plural.of(result.filesScanned(), "file") + " in " + result.millis() + " ms");
    }
}
