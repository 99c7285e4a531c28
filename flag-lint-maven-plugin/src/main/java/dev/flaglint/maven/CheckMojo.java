package dev.flaglint.maven;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.Severity;
import dev.flaglint.lint.baseline.Baseline;
import dev.flaglint.lint.report.GitHubActionsReport;
import dev.flaglint.lint.report.SarifReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks the module's flag call sites against its flags file and fails the build on expired,
 * undeclared or badly documented flags. Maps parameters to a {@link LintRequest}; the engine does the rest.
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
        LintRequest request = request();
        LintResult result = lint(request);
        Path moduleDir = request.moduleDir();
        if (request.flagsFile() == null) {
            getLog().info("flag-lint: no flags file found (looked for src/main/resources/flags.yaml and flags.yaml"
                    + " up to " + reactorTop() + "); set flagsFile if it lives elsewhere");
        }
        report(request, result, moduleDir);
        if (result.hasErrors() && failOnViolation) {
            throw new MojoFailureException("flag-lint found " + plural(result.count(Severity.ERROR), "error")
                    + " in " + project.getArtifactId() + ": fix the lines above (report: "
                    + relative(moduleDir, result.report()) + "), or set -Dflaglint.failOnViolation=false"
                    + " to report without failing");
        }
    }

    private void report(LintRequest request, LintResult result, Path moduleDir) {
        if (getLog().isDebugEnabled()) {
            result.wrappers().forEach(w -> getLog().debug("flag-lint: " + w.type() + "#" + w.method() + " (key argument "
                    + w.parameter() + ") wraps " + w.wraps().type() + ", at " + w.file() + ":" + w.line()));
        }
        for (Finding f : result.findings()) {
            switch (f.severity()) {
                case ERROR -> getLog().error(f.toConsoleLine());
                case WARNING -> getLog().warn(f.toConsoleLine());
                default -> getLog().info(f.toConsoleLine());
            }
        }
        if (request.options().onGitHubActions()) {
            new GitHubActionsReport().commands(request, result.findings()).forEach(stdout::println);
            stdout.flush();
        }
        long flags = result.callSites().stream().map(c -> c.key()).filter(Objects::nonNull).distinct().count();
        getLog().info("flag-lint: " + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + "; "
                + plural(result.callSites().size(), "call site") + " of " + plural(flags, "flag")
                + (result.report() == null ? "" : " (report: " + relative(moduleDir, result.report()) + ")"));
        Path baseline = request.options().baselineFile();
        if (baseline != null && Files.isRegularFile(baseline)) {
            long accepted = result.findings().stream().filter(Baseline::isBaselined).count();
            getLog().info("flag-lint: " + plural(accepted, "finding") + " accepted by " + relative(moduleDir, baseline)
                    + " (shown as info); only new findings fail the build");
        }
        if (result.report() != null && request.options().sarif()) {
            getLog().debug("flag-lint: SARIF report " + relative(moduleDir,
                    result.report().resolveSibling(SarifReport.FILE_NAME)));
        }
        getLog().info("flag-lint: scanned " + plural(result.filesScanned(), "file") + " in " + result.millis() + " ms");
    }
}
