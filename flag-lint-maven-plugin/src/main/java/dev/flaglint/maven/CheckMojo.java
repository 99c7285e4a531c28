package dev.flaglint.maven;

import dev.flaglint.lint.FlagApi;
import dev.flaglint.lint.FlagLinter;
import dev.flaglint.lint.FlagsFileLocator;
import dev.flaglint.lint.Finding;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.Presets;
import dev.flaglint.lint.Severity;
import dev.flaglint.lint.scan.SourceRoot;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the module's flag call sites against its flags file and fails the build on expired,
 * undeclared or badly documented flags. Maps parameters to a {@link LintRequest}; the engine does the rest.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    private static final String PLUGIN_KEY = "dev.flaglint:flag-lint-maven-plugin";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skip the check. */
    @Parameter(property = "flaglint.skip", defaultValue = "false")
    private boolean skip;

    /** The flags file; by default src/main/resources/flags.yaml, else flags.yaml up to the reactor root. */
    @Parameter(property = "flaglint.flagsFile")
    private File flagsFile;

    /** The date to check expiry against (ISO, e.g. 2026-04-01); default today in UTC. */
    @Parameter(property = "flaglint.today")
    private String today;

    /** Warn about flags that expire within this many days. */
    @Parameter(property = "flaglint.warnDays", defaultValue = "14")
    private int warnDays;

    /** Fail the build when there is an error-severity finding. */
    @Parameter(property = "flaglint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Also check test sources. */
    @Parameter(property = "flaglint.includeTests", defaultValue = "true")
    private boolean includeTests;

    /** Glob patterns, relative to the module, of Java files to check (default: all). */
    @Parameter
    private List<String> includes;

    /** Glob patterns, relative to the module, of Java files to skip. */
    @Parameter
    private List<String> excludes;

    /**
     * SDKs whose flag APIs are checked, by name: flag-runtime, openfeature, launchdarkly, unleash,
     * ff4j, togglz (comma-separated on the command line).
     */
    @Parameter(property = "flaglint.presets", defaultValue = "flag-runtime")
    private List<String> presets;

    /** Further flag APIs, e.g. the team's own client. */
    @Parameter
    private List<Api> apis;

    /**
     * Keep a scan index in the output directory so that a re-run of unchanged sources parses
     * nothing; any change to a file, the configuration, the flags file or the plugin is detected.
     */
    @Parameter(property = "flaglint.incremental", defaultValue = "true")
    private boolean incremental;

    /** Where flag-lint.json is written. */
    @Parameter(defaultValue = "${project.build.directory}/flag-lint")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("flag-lint: skipped (flaglint.skip=true)");
            return;
        }
        if (warnDays < 0) {
            throw new MojoFailureException("flaglint.warnDays must be 0 or more, got " + warnDays);
        }
        Path moduleDir = project.getBasedir().toPath();
        Path reactorTop = reactorTop();
        Path flags = flagsFile != null ? flagsFile.toPath().toAbsolutePath().normalize()
                : FlagsFileLocator.locate(moduleDir, reactorTop).orElse(null);

        List<SourceRoot> own = roots(project);
        List<SourceRoot> others = new ArrayList<>();
        List<String> modules = new ArrayList<>(List.of(project.getArtifactId()));
        for (MavenProject p : session.getProjects()) {
            if (p != project) {
                others.addAll(roots(p));
                modules.add(p.getArtifactId());
            }
        }
        LintRequest request = new LintRequest(project.getArtifactId(), moduleDir, own, others, modules, flags,
                flags != null && ownsFlagsFile(flags, reactorTop), checkDate(), warnDays, apis(),
                includes == null ? List.of() : includes, excludes == null ? List.of() : excludes,
                outputDirectory.toPath());
        LintResult result;
        try {
            result = new FlagLinter(incremental ? outputDirectory.toPath().resolve("index") : null, true)
                    .lint(request);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("flag-lint could not run: " + e.getMessage(), e);
        }
        if (flags == null) {
            getLog().info("flag-lint: no flags file found (looked for src/main/resources/flags.yaml and flags.yaml"
                    + " up to " + reactorTop + "); set flagsFile if it lives elsewhere");
        }
        report(result, moduleDir);
        if (result.hasErrors() && failOnViolation) {
            throw new MojoFailureException("flag-lint found " + plural(result.count(Severity.ERROR), "error")
                    + " in " + project.getArtifactId() + ": fix the lines above (report: "
                    + relative(moduleDir, result.report()) + "), or set -Dflaglint.failOnViolation=false"
                    + " to report without failing");
        }
    }

    private void report(LintResult result, Path moduleDir) {
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
        long flags = result.callSites().stream().map(c -> c.key()).filter(Objects::nonNull).distinct().count();
        getLog().info("flag-lint: " + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + "; "
                + plural(result.callSites().size(), "call site") + " of " + plural(flags, "flag")
                + (result.report() == null ? "" : " (report: " + relative(moduleDir, result.report()) + ")"));
        getLog().info("flag-lint: scanned " + plural(result.filesScanned(), "file") + " in " + result.millis() + " ms");
    }

    private LocalDate checkDate() throws MojoFailureException {
        if (today == null || today.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("flaglint.today must be an ISO date like 2026-04-01, got '" + today + "'");
        }
    }

    private List<FlagApi> apis() throws MojoFailureException {
        List<FlagApi> result = new ArrayList<>();
        for (String name : presets == null ? List.of("flag-runtime") : presets) {
            for (String preset : name.split(",")) {
                if (!preset.isBlank()) {
                    result.addAll(Presets.byName(preset.trim()).orElseThrow(() -> new MojoFailureException(
                            "flag-lint: unknown preset '" + preset.trim() + "'; use one of "
                                    + String.join(", ", Presets.names()))));
                }
            }
        }
        if (apis != null) {
            for (Api api : apis) {
                try {
                    result.add(api.toFlagApi());
                } catch (IllegalArgumentException e) {
                    throw new MojoFailureException("flag-lint <apis>: " + e.getMessage());
                }
            }
        }
        return result;
    }

    private List<SourceRoot> roots(MavenProject p) {
        Path dir = p.getBasedir().toPath();
        List<SourceRoot> roots = new ArrayList<>();
        for (String root : p.getCompileSourceRoots()) {
            roots.add(new SourceRoot(Path.of(root), p.getArtifactId(), dir, false));
        }
        if (includeTests) {
            for (String root : p.getTestCompileSourceRoots()) {
                roots.add(new SourceRoot(Path.of(root), p.getArtifactId(), dir, true));
            }
        }
        return roots;
    }

    private Path reactorTop() {
        Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
        return session.getProjects().stream()
                .map(p -> p.getBasedir().toPath().toAbsolutePath().normalize())
                .filter(module::startsWith)
                .min(Comparator.comparingInt(Path::getNameCount))
                .orElse(module);
    }

    /**
     * In a reactor sharing one flags file, exactly one module reports on the file itself (metadata,
     * unused flags): the checked module closest above the file, else the first checked one.
     */
    private boolean ownsFlagsFile(Path flags, Path reactorTop) {
        List<MavenProject> sharing = new ArrayList<>();
        for (MavenProject p : session.getProjects()) {
            if (p == project || (runsCheck(p) && FlagsFileLocator.locate(p.getBasedir().toPath(), reactorTop)
                    .filter(flags::equals).isPresent())) {
                sharing.add(p);
            }
        }
        Optional<MavenProject> closestAbove = sharing.stream()
                .filter(p -> flags.startsWith(p.getBasedir().toPath().toAbsolutePath().normalize()))
                .max(Comparator.comparingInt(p -> p.getBasedir().toPath().toAbsolutePath().normalize().getNameCount()));
        return closestAbove.orElse(sharing.get(0)) == project;
    }

    private boolean runsCheck(MavenProject p) {
        boolean fromCommandLine = session.getGoals().stream()
                .anyMatch(g -> g.startsWith("flag-lint:") || g.startsWith(PLUGIN_KEY));
        return fromCommandLine || p.getBuildPlugins().stream().map(Plugin::getKey).anyMatch(PLUGIN_KEY::equals);
    }

    private static String relative(Path moduleDir, Path file) {
        if (file == null) {
            return "";
        }
        Path abs = file.toAbsolutePath().normalize();
        Path base = moduleDir.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
