package dev.flaglint.maven;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.init.FlagsFileInit;
import dev.flaglint.lint.init.InitOutput;
import dev.flaglint.lint.model.LintException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Declares in the flags file every flag the code evaluates but the file lacks, with a placeholder owner
 * and ticket, created today and expiring initLifetimeDays later. What the file already holds keeps its
 * text, order and comments. Creates src/main/resources/flags.yaml (or the configured flagsFile) when
 * there is none.
 */
@Mojo(name = "init", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class InitMojo extends AbstractFlagLintMojo {

    /** Days from today to the expires date of the flags it adds. Default: 90. */
    @Parameter(property = "flag-lint.initLifetimeDays", defaultValue = "${flaglint.initLifetimeDays}")
    private int initLifetimeDays = 90;

    /** Every key the code evaluates counts, accepted by a baseline or not. */
    @Override
    protected boolean appliesBaseline() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        LintRequest request = request(reactor());
        FlagsFileInit init;
        try {
            init = new FlagsFileInit(request.today(), initLifetimeDays);
        } catch (LintException e) {
            throw new MojoFailureException("flag-lint: " + e.getMessage());
        }
        lint(request, new InitOutput(init, console()));
    }
}
