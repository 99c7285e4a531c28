package dev.flaglint.maven;

import dev.flaglint.lint.report.InventoryReport;
import dev.flaglint.lint.report.JsonReport;
import dev.flaglint.lint.report.LintOutput;
import dev.flaglint.lint.report.LintOutputs;
import dev.flaglint.lint.report.SarifReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the flag inventory, {@code target/flag-lint/flag-inventory.md} and {@code .html}: every flag
 * with owner, ticket, dates, age, days left, call sites and a status, most urgent first, with counts
 * per owner. Runs the same check as {@code check} (and writes its JSON and SARIF reports) but never
 * fails the build on findings. {@code mvn flag-lint:report}, or bind it (default phase verify).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractFlagLintMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path directory = outputDirectory.toPath();
        // The job summary and the annotations are check's to write.
        List<LintOutput> outputs = new ArrayList<>(List.of(new JsonReport(directory)));
        if (sarif) {
            outputs.add(new SarifReport(directory, environment));
        }
        outputs.add(new InventoryReport(directory, console()));
        lint(request(reactor()), new LintOutputs(outputs));
    }
}
