package dev.flaglint.maven;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.report.Inventory;
import dev.flaglint.lint.report.InventoryReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        LintRequest request = request();
        // The job summary is check's to write; the report keeps only what locates the repository root.
        Map<String, String> env = new java.util.HashMap<>();
        Optional.ofNullable(request.options().environment().get("GITHUB_WORKSPACE"))
                .ifPresent(w -> env.put("GITHUB_WORKSPACE", w));
        request = request.withOptions(request.options().withEnvironment(env));
        LintResult result = lint(request);
        Inventory inventory = Inventory.of(request, result, result.flagsFile());
        LintRequest finalRequest = request;
        List<Path> files = writing(() -> new InventoryReport().write(finalRequest, inventory));
        List<String> counts = new ArrayList<>();
        for (Map.Entry<Inventory.Status, Long> e : inventory.statusCounts().entrySet()) {
            if (e.getValue() > 0) {
                counts.add(e.getValue() + " " + e.getKey().label());
            }
        }
        getLog().info("flag-lint: inventory of " + plural(inventory.rows().size(), "flag")
                + (counts.isEmpty() ? "" : ": " + String.join(", ", counts)) + " (" + relative(request.moduleDir(),
                files.get(0)) + ", " + relative(request.moduleDir(), files.get(1)) + ")");
    }
}
