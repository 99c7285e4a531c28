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
 * Declares every flag the code evaluates but the flags file lacks, as stubs with a placeholder owner
 * and ticket, {@code created} today and {@code expires} {@code initLifetimeDays} later. Edits the
 * file as text: existing content, order and comments stay as they are. Creates
 * {@code src/main/resources/flags.yaml} when no flags file exists.
 */
@Mojo(name = "init", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class InitMojo extends AbstractFlagLintMojo {

    /** Days from today to the stubs' {@code expires}. */
    @Parameter(property = "flaglint.initLifetimeDays", defaultValue = "90")
    private int initLifetimeDays;

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
