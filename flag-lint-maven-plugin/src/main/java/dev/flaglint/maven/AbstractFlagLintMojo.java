package dev.flaglint.maven;

import dev.flaglint.lint.FlagLinter;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.Presets;
import dev.flaglint.lint.ReactorPolicy;
import dev.flaglint.lint.adjust.SeverityOverrides;
import dev.flaglint.lint.check.Policy;
import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.report.Console;
import dev.flaglint.lint.report.ConsolePaths;
import dev.flaglint.lint.report.LintOutput;
import dev.flaglint.lint.scan.cache.ScanCache;
import dev.flaglint.lint.scan.cache.SharedFacts;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parameters every flag-lint goal shares ({@code check}, {@code report}, {@code baseline},
 * {@code init}) and their mapping to a {@link LintRequest}, so that all goals see the same sources,
 * flags file and options. Goals only pick the outputs the result goes to.
 *
 * <p>Every parameter with a user property is read from {@code flag-lint.<name>} (the goal prefix, as
 * Checkstyle's {@code checkstyle.skip}), else from the older {@code flaglint.<name>}: that is the
 * {@code defaultValue}, which Maven evaluates only when the first is unset. When neither is set, the
 * expression is {@code null} and the field keeps its initial value, the real default (checked on Maven
 * 3.8.7 and 3.9.11; a {@code List} gets an empty list instead, so empty means "default" for lists).
 */
abstract class AbstractFlagLintMojo extends AbstractMojo {

    private static final String BASELINE_FILE = "flag-lint-baseline.json";
    private static final String SHARED_FACTS = "dev.flaglint.scan.shared-facts";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    /** Skips flag-lint: the goal does nothing. Default: false. */
    @Parameter(property = "flag-lint.skip", defaultValue = "${flaglint.skip}")
    protected boolean skip;

    /**
     * The flags file. Default: src/main/resources/flags.yaml (or .yml, .json) of the module, else
     * flags.yaml in the module directory or the nearest directory above it, up to the top of the build.
     */
    @Parameter(property = "flag-lint.flagsFile", defaultValue = "${flaglint.flagsFile}")
    protected File flagsFile;

    /**
     * The day expiry is checked against, as an ISO date such as 2026-04-01; pin it for a build that
     * gives the same answer every day. Default: today (UTC).
     */
    @Parameter(property = "flag-lint.today", defaultValue = "${flaglint.today}")
    protected String today;

    /** How many days ahead the expiring-soon warning looks. Default: 14. */
    @Parameter(property = "flag-lint.warnDays", defaultValue = "${flaglint.warnDays}")
    protected int warnDays = 14;

    /** Also check the test sources. Default: true. */
    @Parameter(property = "flag-lint.includeTests", defaultValue = "${flaglint.includeTests}")
    protected boolean includeTests = true;

    /**
     * Glob patterns of the Java files to check, relative to the module, e.g.
     * {@code <includes><include>src/main/java/**</include></includes>}. Default: every Java file.
     */
    @Parameter
    protected List<String> includes;

    /**
     * Glob patterns of Java files not to check, relative to the module, e.g.
     * {@code <excludes><exclude>**}{@code /generated/**</exclude></excludes>}.
     */
    @Parameter
    protected List<String> excludes;

    /**
     * The flag SDKs whose calls are checked: flag-runtime, openfeature, launchdarkly, unleash, ff4j,
     * togglz; e.g. {@code <presets><preset>flag-runtime</preset><preset>openfeature</preset></presets>},
     * comma-separated on the command line. Default: flag-runtime.
     */
    @Parameter(property = "flag-lint.presets", defaultValue = "${flaglint.presets}")
    protected List<String> presets;

    /**
     * Your own flag APIs: the receiver type, its methods and the argument that holds the key, e.g.
     * {@code <apis><api><type>com.acme.FeatureToggles</type><methods>isOn,isOff</methods><keyArgument>0</keyArgument></api></apis>}.
     * Optional per API: {@code <enumKey>argument</enumKey>} for enum keys given by their first String
     * constructor argument (default: the constant's name), {@code <keyIsReceiver>true</keyIsReceiver>}
     * when the receiver itself is the key, as in Features.X.isActive().
     */
    @Parameter
    protected List<Api> apis;

    /**
     * Keep a scan index in the output directory, so that a re-run over unchanged sources parses nothing;
     * any change to a source, the configuration, the flags file or the plugin is noticed. Default: true.
     */
    @Parameter(property = "flag-lint.incremental", defaultValue = "${flaglint.incremental}")
    protected boolean incremental = true;

    /** Where flag-lint.json, flag-lint.sarif and the flag inventory are written. */
    @Parameter(defaultValue = "${project.build.directory}/flag-lint")
    protected File outputDirectory;

    /** Also write flag-lint.sarif (SARIF 2.1.0), e.g. for GitHub code scanning. Default: true. */
    @Parameter(property = "flag-lint.sarif", defaultValue = "${flaglint.sarif}")
    protected boolean sarif = true;

    /**
     * The baseline of accepted findings: flag-lint:baseline writes it, the other goals apply it when it
     * exists. Default: flag-lint-baseline.json in the module directory.
     */
    @Parameter(property = "flag-lint.baselineFile", defaultValue = "${flaglint.baselineFile}")
    protected File baselineFile;

    /**
     * Policy: the most days a flag that is not permanent may live (expires minus created); a flag planned
     * to live longer is a policy-lifetime error. Default: no limit.
     */
    @Parameter(property = "flag-lint.maxLifetimeDays", defaultValue = "${flaglint.maxLifetimeDays}")
    protected Integer maxLifetimeDays;

    /**
     * Policy: a regular expression every ticket must match entirely, e.g. [A-Z]+-[0-9]+; another ticket
     * is a policy-ticket error. Default: any ticket.
     */
    @Parameter(property = "flag-lint.ticketPattern", defaultValue = "${flaglint.ticketPattern}")
    protected String ticketPattern;

    /**
     * Policy: the owners a flag may have, e.g.
     * {@code <allowedOwners><owner>payments-team</owner><owner>sre</owner></allowedOwners>},
     * comma-separated on the command line; another owner is a policy-owner error. Default: any owner.
     */
    @Parameter(property = "flag-lint.allowedOwners", defaultValue = "${flaglint.allowedOwners}")
    protected List<String> allowedOwners;

    /**
     * A severity per rule: error, warning, info or off, e.g.
     * {@code <severities><unused>error</unused><dynamic-key>off</dynamic-key></severities>}.
     */
    @Parameter
    protected Map<String, String> severities;

    /**
     * How the console prints paths: module (relative to the module, as Checkstyle does) or reactor
     * (relative to the directory the build was started in, so that in a multi-module build each path opens
     * from there). The JSON and SARIF reports keep their paths. Default: module.
     */
    @Parameter(property = "flag-lint.displayPaths", defaultValue = "${flaglint.displayPaths}")
    protected String displayPaths;

    /** The environment the goal reads (GitHub Actions variables); tests may replace it. */
    protected Map<String, String> environment = System.getenv();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        warnAboutUnknownProperties();
        if (skip) {
            getLog().info("flag-lint: skipped (skip is true)");
            return;
        }
        run();
    }

    /**
     * Warns, once per build, about {@code -Dflag-lint.*} and {@code -Dflaglint.*} properties that name no
     * parameter of the plugin: Maven ignores them silently, so a typo would otherwise go unnoticed.
     */
    protected void warnAboutUnknownProperties() {
        if (session == null || mojoExecution == null || !PropertyNames.firstInBuild(session)) {
            return;
        }
        PropertyNames.unknown(session.getUserProperties(), PropertyNames.ofPlugin(mojoExecution))
                .forEach(getLog()::warn);
    }

    /** The goal's work, when not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * Whether the check applies the baseline to its findings: yes for the goals that report them, no for
     * those that record or declare what the code does now.
     */
    protected boolean appliesBaseline() {
        return true;
    }

    /** How the reactor looks from this module. */
    protected ReactorPolicy reactor() {
        return new ReactorPolicy(new MavenReactor(session, project, includeTests, flagsFile));
    }

    /** The request the parameters describe. */
    protected LintRequest request(ReactorPolicy reactor) throws MojoFailureException {
        if (warnDays < 0) {
            throw new MojoFailureException("flag-lint: warnDays must be 0 or more, got " + warnDays);
        }
        try {
            DisplayPaths.of(displayPaths); // a wrong value stops the goal before any work
            return reactor.request().today(checkDate()).warnDays(warnDays).apis(apis())
                    .includes(includes == null ? List.of() : includes)
                    .excludes(excludes == null ? List.of() : excludes)
                    .policy(Policy.of(maxLifetimeDays, ticketPattern, allowedOwners))
                    .severities(SeverityOverrides.parse(severities))
                    .baselineFile(appliesBaseline() ? baselineFile() : null)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("flag-lint " + e.getMessage());
        }
    }

    /** Where the console's paths start, as {@code displayPaths} says. */
    protected ConsolePaths consolePaths() {
        return DisplayPaths.of(displayPaths) == DisplayPaths.REACTOR
                ? ConsolePaths.from(Path.of(session.getExecutionRootDirectory())) : ConsolePaths.fromModule();
    }

    /** The console the outputs print to: this goal's log. */
    protected Console console() {
        return new MavenConsole(getLog());
    }

    /**
     * Runs the check and hands the result to {@code outputs}; the check's own index is kept when
     * {@code incremental}. User errors become a {@link MojoFailureException} without a stack trace.
     */
    protected LintResult lint(LintRequest request, LintOutput outputs) throws MojoFailureException,
            MojoExecutionException {
        try {
            ScanCache cache = incremental ? ScanCache.in(outputDirectory.toPath().resolve("index"), request.flagsFile(),
                    sharedFacts()) : ScanCache.none();
            LintResult result = new FlagLinter(cache).lint(request);
            outputs.write(request, result);
            return result;
        } catch (UncheckedIOException e) {
            // A file that cannot be written (a report, the index, the baseline, the flags file) fails clearly.
            throw new MojoFailureException("flag-lint: " + e.getMessage() + " (" + e.getCause().getMessage()
                    + "); check that the path exists and is writable");
        } catch (LintException e) {
            throw new MojoFailureException("flag-lint: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("flag-lint could not run: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
    }

    /**
     * The prefilter facts this build's scans pass on to each other, kept in the session's data (not in a
     * static field: parallel builds, several builds in one JVM). A module whose plugin was loaded apart (another
     * version or other dependencies: another class) gets facts of its own.
     */
    private SharedFacts sharedFacts() {
        if (session == null || session.getRepositorySession() == null) {
            return new SharedFacts();
        }
        var data = session.getRepositorySession().getData();
        data.set(SHARED_FACTS, null, new SharedFacts()); // only the first module's is kept
        return data.get(SHARED_FACTS) instanceof SharedFacts shared ? shared : new SharedFacts();
    }

    /** The baseline file: as configured, else {@code flag-lint-baseline.json} in the module directory. */
    protected Path baselineFile() {
        return baselineFile != null ? baselineFile.toPath() : project.getBasedir().toPath().resolve(BASELINE_FILE);
    }

    private LocalDate checkDate() throws MojoFailureException {
        if (today == null || today.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("flag-lint: today must be an ISO date like 2026-04-01, got '" + today + "'");
        }
    }

    private List<FlagApi> apis() throws MojoFailureException {
        List<FlagApi> result = new ArrayList<>();
        for (String name : presets == null || presets.isEmpty() ? List.of(ApiOrigin.FLAG_RUNTIME.label()) : presets) {
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
}
