package dev.flaglint.maven;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.lint.report.ConsoleFindings;
import dev.flaglint.lint.report.ConsoleSummary;
import dev.flaglint.lint.report.GitHubAnnotations;
import dev.flaglint.lint.report.JsonReport;
import dev.flaglint.lint.report.LintOutput;
import dev.flaglint.lint.report.LintOutputs;
import dev.flaglint.lint.report.Plural;
import dev.flaglint.lint.report.SarifReport;
import dev.flaglint.lint.report.StepSummary;
import dev.flaglint.lint.source.FlagsFileLocator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every flag call in the module's sources against the flags file, and fails the build on an
 * expired or undeclared flag and on missing or invalid flag metadata. Prints one line per finding and
 * writes target/flag-lint/flag-lint.json and flag-lint.sarif; on GitHub Actions also annotations and a
 * job summary.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractFlagLintMojo {

    /** Fail the build when there is an error-severity finding. Default: true. */
    @Parameter(property = "flag-lint.failOnViolation", defaultValue = "${flaglint.failOnViolation}")
    private boolean failOnViolation = true;

    /** Where GitHub workflow commands go: the process's standard output, unprefixed. */
    PrintStream stdout = System.out;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        LintRequest request = request(reactor());
        LintResult result = lint(request, new LintOutputs(outputs()));
        if (result.hasErrors() && failOnViolation) {
            throw new MojoFailureException("flag-lint found " + Plural.of(result.count(Severity.ERROR), "error")
                    + " in " + request.module() + ": fix the lines above (report: "
                    + consolePaths().show(request, jsonReport().file())
                    + "), or set -Dflag-lint.failOnViolation=false to report without failing");
        }
    }

    /** What check writes, in order: the report files, then the console lines (and the annotations among them). */
    List<LintOutput> outputs() {
        Path directory = outputDirectory.toPath();
        SarifReport sarifReport = new SarifReport(directory, environment);
        List<LintOutput> outputs = new ArrayList<>(List.of(jsonReport()));
        if (sarif) {
            outputs.add(sarifReport);
        }
        outputs.add(new StepSummary(environment));
        outputs.add(noFlagsFileNote());
        outputs.add(new ConsoleFindings(console(), consolePaths()));
        outputs.add(new GitHubAnnotations(stdout, environment));
        outputs.add(new ConsoleSummary(console(), consolePaths(), jsonReport().file(), sarif ? sarifReport.file() : null));
        return outputs;
    }

    private JsonReport jsonReport() {
        return new JsonReport(outputDirectory.toPath());
    }

    /**
     * Says where the flags file was looked for when there is none and no call needs one (when one does,
     * the check's finding says it).
     */
    private LintOutput noFlagsFileNote() {
        return (request, result) -> {
            if (request.flagsFile() == null && result.callSites().stream().allMatch(s -> s.key() == null)) {
                getLog().info("flag-lint: no flags file found (looked for "
                        + FlagsFileLocator.describe(request.flagsFilePlaces(), request.moduleDir())
                        + "); nothing to check until the code evaluates a flag");
            }
        };
    }
}
