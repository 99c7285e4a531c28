package dev.flaglint.maven;

import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.LintException;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.init.FlagsFileInit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

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

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        LintRequest request = request().withReportDirectory(null);
        request = request.withOptions(request.options().withBaselineFile(null).withEnvironment(Map.of()));
        Path file = request.flagsFile() != null ? request.flagsFile()
                : request.moduleDir().resolve("src/main/resources/flags.yaml");
        String name = relative(request.moduleDir(), file);
        FlagsFileInit.Result added;
        try {
            FlagsFileInit init = new FlagsFileInit(request.today(), initLifetimeDays);
            LintResult result = lint(request);
            // Modules of a parallel build may share one flags file: one read-modify-write at a time.
            // (The lock spans the modules that share this plugin's class loader: all of one build.)
            synchronized (FlagsFileInit.class) {
                added = writing(() -> init.init(file, result.callSites(), "Feature flags of "
                        + project.getArtifactId() + ": evaluated by flag-runtime, checked by flag-lint."));
            }
            for (String key : added.skipped()) {
                CallSite at = FlagsFileInit.undeclared(result.callSites(), Set.of()).get(key);
                getLog().warn("flag-lint: '" + key + "' is not a valid flag key ([A-Za-z0-9][A-Za-z0-9._-]*), so it"
                        + " was not added; rename it in the code (" + at.file() + ":[" + at.line() + ","
                        + at.column() + "])");
            }
            if (added.added().isEmpty()) {
                getLog().info("flag-lint: every flag the code evaluates is declared in " + name + "; nothing to add");
                return;
            }
            getLog().info("flag-lint: " + (added.created() ? "created " + name + " with " : "added ")
                    + plural(added.added().size(), "flag") + (added.created() ? "" : " to " + name)
                    + " (created " + request.today() + ", expires " + request.today().plusDays(initLifetimeDays)
                    + "); set their owner (" + FlagsFileInit.OWNER_PLACEHOLDER + ") and ticket ("
                    + FlagsFileInit.TICKET_PLACEHOLDER + ") before committing:");
            Map<String, CallSite> firstSite = FlagsFileInit.undeclared(result.callSites(), Set.of());
            for (String key : added.added()) {
                CallSite at = firstSite.get(key);
                getLog().info("flag-lint:   " + key + " (evaluated at " + at.file() + ":[" + at.line() + ","
                        + at.column() + "])");
            }
        } catch (LintException e) {
            throw new MojoFailureException("flag-lint: " + e.getMessage());
        }
    }
}
