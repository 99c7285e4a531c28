package dev.flaglint.maven;

import dev.flaglint.lint.report.BaselineOutput;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes flag-lint-baseline.json: today's errors and warnings, by rule, flag and file (not line). The
 * other goals then report these as info and fail only on new findings, so a project can switch the
 * check on today. Commit the file, and run the goal again to shrink it as findings get fixed.
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
        lint(request(reactor()), new BaselineOutput(baselineFile(), console()));
    }
}
