package dev.flaglint.maven;

import dev.flaglint.lint.FlagLinter;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.Presets;
import dev.flaglint.lint.ReactorPolicy;
import dev.flaglint.lint.adjust.SeverityOverrides;
import dev.flaglint.lint.check.Policy;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.report.Console;
import dev.flaglint.lint.report.LintOutput;
import dev.flaglint.lint.scan.cache.ScanCache;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.UncheckedIOException;
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
 */
abstract class AbstractFlagLintMojo extends AbstractMojo {

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
            throw new MojoFailureException("flaglint.warnDays must be 0 or more, got " + warnDays);
        }
        try {
            return reactor.request().today(checkDate()).warnDays(warnDays).apis(apis())
                    .includes(includes == null ? List.of() : includes)
                    .excludes(excludes == null ? List.of() : excludes)
                    .policy(Policy.of(maxLifetimeDays, ticketPattern, allowedOwners))
                    .severities(SeverityOverrides.parse(severities))
                    .baselineFile(appliesBaseline() && baselineFile != null ? baselineFile.toPath() : null)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("flag-lint " + e.getMessage());
        }
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
            ScanCache cache = incremental ? ScanCache.in(outputDirectory.toPath().resolve("index"), request.flagsFile())
                    : ScanCache.none();
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
}
