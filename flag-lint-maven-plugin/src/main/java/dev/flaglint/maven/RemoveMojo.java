package dev.flaglint.maven;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.ReactorModule;
import dev.flaglint.lint.ReactorPolicy;
import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.remove.FlagRemoval;
import dev.flaglint.lint.remove.RemovalReport;
import dev.flaglint.lint.remove.RemovalRequest;
import dev.flaglint.lint.remove.RemovalResult;
import dev.flaglint.lint.report.ConsolePaths;
import dev.flaglint.lint.report.Plural;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes a finished flag from the code, the tests and the flags file: every call becomes the value the code keeps
 * (the flag's settled value when the flags file gives everyone one value, else the value you give), what became
 * constant is simplified, what became dead is deleted, and the flag's entry leaves the flags file. It works across
 * every module checked against the same flags file (run it from the top of the build; the first module that reads
 * the file does the work). What cannot be rewritten safely is listed with its place and why. Afterwards the check
 * runs again and prints what remains. With dryRun, it writes target/flag-lint/remove-FLAG.patch and changes nothing.
 * Test sources are always read, whatever includeTests says.
 */
@Mojo(name = "remove", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class RemoveMojo extends AbstractFlagLintMojo {

    /** The key of the flag to remove, e.g. new-checkout. Required. */
    @Parameter(property = "flag-lint.flag", defaultValue = "${flaglint.flag}")
    private String flag;

    /**
     * The value the code keeps: true or false, or a variant name of a flag with variants. Default: the value the flags
     * file gives everyone (the flag is "ready to remove"); required when it gives different values.
     */
    @Parameter(property = "flag-lint.value", defaultValue = "${flaglint.value}")
    private String value;

    /** Write target/flag-lint/remove-FLAG.patch (a unified diff) and change nothing. Default: false. */
    @Parameter(property = "flag-lint.dryRun", defaultValue = "${flaglint.dryRun}")
    private boolean dryRun;

    /** Fail when something was left to do by hand (each is listed with its place and why). Default: false. */
    @Parameter(property = "flag-lint.failOnLeftovers", defaultValue = "${flaglint.failOnLeftovers}")
    private boolean failOnLeftovers;

    /** The flags of the removal are the code's, not a baseline's. */
    @Override
    protected boolean appliesBaseline() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (flag == null || flag.isBlank()) {
            throw new MojoFailureException("flag-lint:remove needs the key of the flag to remove:"
                    + " -Dflag-lint.flag=KEY (and -Dflag-lint.value=true|false when it is not ready to remove)");
        }
        includeTests = true; // tests stub and pin the flag: they are rewritten too
        ReactorPolicy policy = reactor();
        Path flags = policy.flagsFile().orElse(null);
        List<ReactorModule> modules = policy.sharing(flags);
        String claim = "dev.flaglint.remove:" + flag.trim() + ":" + (flags != null ? flags : project.getBasedir());
        String owner = claimedBy(claim);
        if (owner != null) {
            getLog().info("flag-lint: '" + flag.trim() + "' is removed by the run in module " + owner
                    + ", which reads the same flags file");
            return;
        }
        List<LintRequest> requests = new ArrayList<>();
        for (ReactorModule m : modules) {
            MavenProject p = projectOf(m);
            requests.add(request(p == project ? policy
                    : new ReactorPolicy(MavenReactor.seenFrom(session, p, true))));
        }
        Path base = Path.of(session.getExecutionRootDirectory());
        Path patch = outputDirectory.toPath().resolve("remove-" + flag.trim() + ".patch");
        RemovalResult result;
        try {
            result = new FlagRemoval().remove(new RemovalRequest(flag.trim(), value, requests, usageRoots(), base,
                    dryRun, patch));
        } catch (LintException e) {
            throw new MojoFailureException("flag-lint: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoFailureException("flag-lint: " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
        }
        new RemovalReport(console(), ConsolePaths.from(base)).print(result,
                (modules.size() == 1 ? "module " : "modules ") + String.join(", ",
                        modules.stream().map(ReactorModule::name).toList()), value != null && !value.isBlank());
        if (failOnLeftovers && !result.leftovers().isEmpty()) {
            throw new MojoFailureException("flag-lint: " + Plural.of(result.leftovers().size(), "place")
                    + " still to do by hand after removing '" + flag.trim() + "' (listed above)");
        }
    }

    /** The module already doing this removal, or {@code null} when this one is the first (it is then claimed). */
    private String claimedBy(String claim) {
        if (session.getRepositorySession() == null) {
            return null;
        }
        var data = session.getRepositorySession().getData();
        return data.set(claim, null, project.getArtifactId()) ? null : String.valueOf(data.get(claim));
    }

    private MavenProject projectOf(ReactorModule module) {
        for (MavenProject p : session.getProjects()) {
            if (p.getBasedir().toPath().toAbsolutePath().normalize().equals(module.directory())) {
                return p;
            }
        }
        return project;
    }

    /** Every source directory of the whole build, built now or not, to know whether a name is still used. */
    private List<Path> usageRoots() {
        List<MavenProject> all = session.getAllProjects() != null ? session.getAllProjects() : session.getProjects();
        Set<Path> roots = new LinkedHashSet<>();
        for (MavenProject p : all) {
            p.getCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
            p.getTestCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
        }
        return List.copyOf(roots);
    }
}
