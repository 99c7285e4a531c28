package dev.flaglint.maven;

import dev.flaglint.lint.report.BaselineOutput;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records every current error and warning in {@code flag-lint-baseline.json} (keyed by rule, flag and
 * file, not line), so a project can switch the check on today: {@code check} then reports these as
 * info and fails only on new findings. Run it again to shrink the file as findings get fixed.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractFlagLintMojo {

    /** The findings as they are now, not as the old baseline accepted them. */
    @Override
    protected boolean appliesBaseline() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        lint(request(reactor()), new BaselineOutput(baselineFile.toPath(), console()));
    }
}
