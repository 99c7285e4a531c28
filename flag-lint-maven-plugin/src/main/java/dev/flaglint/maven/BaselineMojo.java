package dev.flaglint.maven;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.baseline.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records every current error and warning in {@code flag-lint-baseline.json} (keyed by rule, flag and
 * file, not line), so a project can switch the check on today: {@code check} then reports these as
 * info and fails only on new findings. Run it again to shrink the file as findings get fixed.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractFlagLintMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path target = baselineFile.toPath();
        LintRequest request = request().withReportDirectory(null);
        request = request.withOptions(request.options().withBaselineFile(null).withEnvironment(Map.of()));
        LintResult result = lint(request);
        Baseline baseline = Baseline.of(result.findings());
        String name = relative(request.moduleDir(), target);
        if (baseline.entries().isEmpty() && !Files.exists(target)) {
            getLog().info("flag-lint: no errors or warnings, so no baseline is needed; " + name + " not written");
            return;
        }
        writing(() -> {
            baseline.write(target);
            return target;
        });
        if (baseline.entries().isEmpty()) {
            getLog().info("flag-lint: no errors or warnings left; wrote an empty " + name + " (you can delete it)");
            return;
        }
        String byRule = baseline.countByRule().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        getLog().info("flag-lint: wrote " + name + " with " + plural(baseline.entries().size(), "finding") + " ("
                + byRule + "); commit it. flag-lint:check now reports these as info and fails only on new findings");
    }
}
