package dev.flaglint.maven;

import dev.flaglint.lint.FlagApi;
import dev.flaglint.lint.FlagLinter;
import dev.flaglint.lint.FlagsFileLocator;
import dev.flaglint.lint.LintException;
import dev.flaglint.lint.LintOptions;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.Policy;
import dev.flaglint.lint.Presets;
import dev.flaglint.lint.check.SeverityOverrides;
import dev.flaglint.lint.scan.SourceRoot;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.Deque;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters every flag-lint goal shares ({@code check}, {@code report}, {@code baseline},
 * {@code init}) and their mapping to a {@link LintRequest}, so that all goals see the same sources,
 * flags file and options. Goals only decide what to do with the result.
 */
abstract class AbstractFlagLintMojo extends AbstractMojo {

    private static final String PLUGIN_KEY = "dev.flaglint:flag-lint-maven-plugin";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Skip flag-lint. */
    @Parameter(property = "flaglint.skip", defaultValue = "false")
    protected boolean skip;

    /** The flags file; by default src/main/resources/flags.yaml, else flags.yaml up to the reactor root. */
    @Parameter(property = "flaglint.flagsFile")
    protected File flagsFile;

    /** The date to check expiry against (ISO, e.g. 2026-04-01); default today in UTC. */
    @Parameter(property = "flaglint.today")
    protected String today;

    /** Warn about flags that expire within this many days. */
    @Parameter(property = "flaglint.warnDays", defaultValue = "14")
    protected int warnDays;

    /** Also check test sources. */
    @Parameter(property = "flaglint.includeTests", defaultValue = "true")
    protected boolean includeTests;

    /** Glob patterns, relative to the module, of Java files to check (default: all). */
    @Parameter
    protected List<String> includes;

    /** Glob patterns, relative to the module, of Java files to skip. */
    @Parameter
    protected List<String> excludes;

    /**
     * SDKs whose flag APIs are checked, by name: flag-runtime, openfeature, launchdarkly, unleash,
     * ff4j, togglz (comma-separated on the command line).
     */
    @Parameter(property = "flaglint.presets", defaultValue = "flag-runtime")
    protected List<String> presets;

    /** Further flag APIs, e.g. the team's own client. */
    @Parameter
    protected List<Api> apis;

    /**
     * Keep a scan index in the output directory so that a re-run of unchanged sources parses
     * nothing; any change to a file, the configuration, the flags file or the plugin is detected.
     */
    @Parameter(property = "flaglint.incremental", defaultValue = "true")
    protected boolean incremental;

    /** Where flag-lint.json, flag-lint.sarif and the inventory are written. */
    @Parameter(defaultValue = "${project.build.directory}/flag-lint")
    protected File outputDirectory;

    /** Also write flag-lint.sarif (SARIF 2.1.0) for code scanning. */
    @Parameter(property = "flaglint.sarif", defaultValue = "true")
    protected boolean sarif;

    /**
     * The baseline of accepted findings, written by flag-lint:baseline; used only if it exists.
     */
    @Parameter(property = "flaglint.baselineFile", defaultValue = "${project.basedir}/flag-lint-baseline.json")
    protected File baselineFile;

    /** Policy: the longest a non-permanent flag may live, expires - created, in days (rule policy-lifetime). */
    @Parameter(property = "flaglint.maxLifetimeDays")
    protected Integer maxLifetimeDays;

    /** Policy: a regular expression every ticket must match entirely, e.g. [A-Z]+-[0-9]+ (rule policy-ticket). */
    @Parameter(property = "flaglint.ticketPattern")
    protected String ticketPattern;

    /** Policy: the owners a flag may have (rule policy-owner); comma-separated on the command line. */
    @Parameter(property = "flaglint.allowedOwners")
    protected List<String> allowedOwners;

    /** Per-rule severity: error, warning, info or off, e.g. {@code <unused>error</unused>}. */
    @Parameter
    protected Map<String, String> severities;

    /** The environment the goal reads (GitHub Actions variables); tests may replace it. */
    protected Map<String, String> environment = System.getenv();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("flag-lint: skipped (flaglint.skip=true)");
            return;
        }
        run();
    }

    /** The goal's work, when not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The request the parameters describe. */
    protected LintRequest request() throws MojoFailureException {
        if (warnDays < 0) {
            throw new MojoFailureException("flaglint.warnDays must be 0 or more, got " + warnDays);
        }
        Path moduleDir = project.getBasedir().toPath();
        Path reactorTop = reactorTop();
        Path flags = flagsFile();
        List<SourceRoot> own = roots(project);
        List<SourceRoot> others = new ArrayList<>();
        List<String> modules = new ArrayList<>(List.of(project.getArtifactId()));
        for (MavenProject p : relatedModules(flags, reactorTop)) {
            others.addAll(roots(p));
            modules.add(p.getArtifactId());
        }
        return new LintRequest(project.getArtifactId(), moduleDir, own, others, modules, flags,
                flags != null && ownsFlagsFile(flags, reactorTop), checkDate(), warnDays, apis(),
                includes == null ? List.of() : includes, excludes == null ? List.of() : excludes,
                outputDirectory.toPath(), options());
    }

    /** The flags file: the parameter, else the one found for this module, else {@code null}. */
    protected Path flagsFile() {
        return flagsFile != null ? flagsFile.toPath().toAbsolutePath().normalize()
                : FlagsFileLocator.locate(project.getBasedir().toPath(), reactorTop()).orElse(null);
    }

    private LintOptions options() throws MojoFailureException {
        Policy policy;
        SeverityOverrides overrides;
        try {
            policy = Policy.of(maxLifetimeDays, ticketPattern, allowedOwners);
            overrides = SeverityOverrides.parse(severities);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("flag-lint " + e.getMessage());
        }
        return new LintOptions(policy, overrides, baselineFile == null ? null : baselineFile.toPath(), sarif,
                environment);
    }

    /** Runs the engine; user errors become a {@link MojoFailureException} without a stack trace. */
    protected LintResult lint(LintRequest request) throws MojoFailureException, MojoExecutionException {
        try {
            // The engine writes reports and the index: an unwritable target fails clearly, too.
            return writing(() -> new FlagLinter(incremental ? outputDirectory.toPath().resolve("index") : null, true)
                    .lint(request));
        } catch (LintException e) {
            throw new MojoFailureException("flag-lint: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("flag-lint could not run: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
    }

    /** A write of one of the goal's files; {@link #writing} turns its I/O failure into a clear build failure. */
    @FunctionalInterface
    protected interface Write<T> {
        T run();
    }

    /** Runs {@code write}; a file that cannot be written fails the goal with what to check, not a stack trace. */
    protected <T> T writing(Write<T> write) throws MojoFailureException {
        try {
            return write.run();
        } catch (UncheckedIOException e) {
            throw new MojoFailureException("flag-lint: " + e.getMessage() + " (" + e.getCause().getMessage()
                    + "); check that the path exists and is writable");
        }
    }

    /** Where the reactor starts, as seen from this module. */
    protected Path reactorTop() {
        Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
        return session.getProjects().stream()
                .map(p -> p.getBasedir().toPath().toAbsolutePath().normalize())
                .filter(module::startsWith)
                .min(Comparator.comparingInt(Path::getNameCount))
                .orElse(module);
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

    /**
     * The other reactor modules whose sources matter here: those this module depends on
     * (transitively; their constants and wrappers may be used) and those checked against the same
     * flags file (their calls decide whether a flag is unused). A separate application in the same
     * reactor, with its own flags file, is none of this module's business.
     */
    private List<MavenProject> relatedModules(Path flags, Path reactorTop) {
        Map<String, MavenProject> byKey = new HashMap<>();
        session.getProjects().forEach(p -> byKey.put(p.getGroupId() + ":" + p.getArtifactId(), p));
        Set<MavenProject> related = new LinkedHashSet<>();
        Deque<MavenProject> queue = new ArrayDeque<>(List.of(project));
        while (!queue.isEmpty()) {
            for (Dependency d : queue.removeFirst().getDependencies()) {
                MavenProject dependency = byKey.get(d.getGroupId() + ":" + d.getArtifactId());
                if (dependency != null && dependency != project && related.add(dependency)) {
                    queue.add(dependency);
                }
            }
        }
        if (flags != null) {
            for (MavenProject p : session.getProjects()) {
                if (p != project && flagsFileOf(p, reactorTop).filter(flags::equals).isPresent()) {
                    related.add(p);
                }
            }
        }
        return session.getProjects().stream().filter(related::contains).toList();
    }

    /**
     * In a reactor sharing one flags file, exactly one module reports on the file itself (metadata,
     * unused flags): the checked module closest above the file, else the first checked one.
     */
    private boolean ownsFlagsFile(Path flags, Path reactorTop) {
        List<MavenProject> sharing = new ArrayList<>();
        for (MavenProject p : session.getProjects()) {
            if (p == project || (runsCheck(p) && flagsFileOf(p, reactorTop).filter(flags::equals).isPresent())) {
                sharing.add(p);
            }
        }
        Optional<MavenProject> closestAbove = sharing.stream()
                .filter(p -> flags.startsWith(p.getBasedir().toPath().toAbsolutePath().normalize()))
                .max(Comparator.comparingInt(p -> p.getBasedir().toPath().toAbsolutePath().normalize().getNameCount()));
        return closestAbove.orElse(sharing.get(0)) == project;
    }

    /**
     * The flags file another module is checked against: the -Dflaglint.flagsFile user property, its
     * own {@code <flagsFile>} configuration (resolved against its directory), else the documented lookup.
     */
    private Optional<Path> flagsFileOf(MavenProject p, Path reactorTop) {
        String property = session.getUserProperties().getProperty("flaglint.flagsFile");
        String configured = property;
        if (configured == null) {
            Plugin plugin = p.getPlugin(PLUGIN_KEY);
            if (plugin != null && plugin.getConfiguration() instanceof Xpp3Dom config
                    && config.getChild("flagsFile") != null) {
                configured = config.getChild("flagsFile").getValue();
            }
        }
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            Path path = Path.of(configured.trim());
            return Optional.of((path.isAbsolute() ? path : p.getBasedir().toPath().resolve(path))
                    .toAbsolutePath().normalize());
        }
        return FlagsFileLocator.locate(p.getBasedir().toPath(), reactorTop);
    }

    private boolean runsCheck(MavenProject p) {
        boolean fromCommandLine = session.getGoals().stream()
                .anyMatch(g -> g.startsWith("flag-lint:") || g.startsWith(PLUGIN_KEY));
        return fromCommandLine || p.getBuildPlugins().stream().map(Plugin::getKey).anyMatch(PLUGIN_KEY::equals);
    }

    protected static String relative(Path moduleDir, Path file) {
        if (file == null) {
            return "";
        }
        Path abs = file.toAbsolutePath().normalize();
        Path base = moduleDir.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    protected static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
