package dev.flaglint.maven;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.ReactorPolicy;
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
import dev.flaglint.lint.source.ModulePaths;
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
 * Checks the module's flag call sites against its flags file and fails the build on expired,
 * undeclared or badly documented flags. Maps parameters to a {@link LintRequest} and picks the outputs:
 * the console, {@code flag-lint.json}, {@code flag-lint.sarif} and, on GitHub Actions, annotations and
 * the job summary.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractFlagLintMojo {

    /** Fail the build when there is an error-severity finding. */
    @Parameter(property = "flaglint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Where GitHub workflow commands go: the process's standard output, unprefixed. */
    PrintStream stdout = System.out;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        ReactorPolicy reactor = reactor();
        LintRequest request = request(reactor);
        LintResult result = lint(request, new LintOutputs(outputs(reactor)));
        if (result.hasErrors() && failOnViolation) {
            throw new MojoFailureException("flag-lint found " + Plural.of(result.count(Severity.ERROR), "error")
                    + " in " + request.module() + ": fix the lines above (report: "
                    + ModulePaths.shown(request.moduleDir(), jsonReport().file())
                    + "), or set -Dflaglint.failOnViolation=false to report without failing");
        }
    }

    /** What check writes, in order: the report files, then the console lines (and the annotations among them). */
    List<LintOutput> outputs(ReactorPolicy reactor) {
        Path directory = outputDirectory.toPath();
        SarifReport sarifReport = new SarifReport(directory, environment);
        List<LintOutput> outputs = new ArrayList<>(List.of(jsonReport()));
        if (sarif) {
            outputs.add(sarifReport);
        }
        outputs.add(new StepSummary(environment));
        outputs.add(noFlagsFileNote(reactor));
        outputs.add(new ConsoleFindings(console()));
        outputs.add(new GitHubAnnotations(stdout, environment));
        outputs.add(new ConsoleSummary(console(), jsonReport().file(), sarif ? sarifReport.file() : null));
        return outputs;
    }

    private JsonReport jsonReport() {
        return new JsonReport(outputDirectory.toPath());
    }

    /** Says where the flags file was looked for when none was found. */
    private LintOutput noFlagsFileNote(ReactorPolicy reactor) {
        return (request, result) -> {
            if (request.flagsFile() == null) {
                getLog().info("flag-lint: no flags file found (looked for src/main/resources/flags.yaml and"
                        + " flags.yaml up to " + reactor.top() + "); set flagsFile if it lives elsewhere");
            }
        };
    }
}
