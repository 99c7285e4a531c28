package dev.flaglint.lint;

import dev.flaglint.lint.check.SeverityOverrides;

import java.nio.file.Path;
import java.util.Map;

/**
 * Options beyond the scan itself: metadata policy, severity overrides, the baseline, extra reports,
 * and the environment the check runs in (read for GitHub Actions, never through {@code System.getenv}
 * directly, so tests can set it).
 *
 * @param policy       metadata policy (maximum lifetime, ticket pattern, allowed owners)
 * @param severities   per-rule severity overrides
 * @param baselineFile the baseline to apply, or {@code null} for none (a missing file means none)
 * @param sarif        whether to write {@code flag-lint.sarif} next to the JSON report
 * @param environment  environment variables ({@code GITHUB_ACTIONS}, {@code GITHUB_WORKSPACE},
 *                     {@code GITHUB_STEP_SUMMARY})
 */
public record LintOptions(Policy policy, SeverityOverrides severities, Path baselineFile, boolean sarif,
                          Map<String, String> environment) {

    public LintOptions {
        policy = policy == null ? Policy.NONE : policy;
        severities = severities == null ? SeverityOverrides.NONE : severities;
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /** No policy, no overrides, no baseline, SARIF on, an empty environment. */
    public static LintOptions defaults() {
        return new LintOptions(Policy.NONE, SeverityOverrides.NONE, null, true, Map.of());
    }

    public LintOptions withPolicy(Policy policy) {
        return new LintOptions(policy, severities, baselineFile, sarif, environment);
    }

    public LintOptions withSeverities(SeverityOverrides severities) {
        return new LintOptions(policy, severities, baselineFile, sarif, environment);
    }

    public LintOptions withBaselineFile(Path baselineFile) {
        return new LintOptions(policy, severities, baselineFile, sarif, environment);
    }

    public LintOptions withSarif(boolean sarif) {
        return new LintOptions(policy, severities, baselineFile, sarif, environment);
    }

    public LintOptions withEnvironment(Map<String, String> environment) {
        return new LintOptions(policy, severities, baselineFile, sarif, environment);
    }

    /** Whether the check runs in a GitHub Actions job. */
    public boolean onGitHubActions() {
        return "true".equalsIgnoreCase(environment.getOrDefault("GITHUB_ACTIONS", "").trim());
    }
}
