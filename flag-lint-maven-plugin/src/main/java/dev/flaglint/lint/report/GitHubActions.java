package dev.flaglint.lint.report;

import java.util.Map;

/** What the GitHub Actions outputs read from the environment they run in. */
final class GitHubActions {

    private GitHubActions() {
    }

    /** Whether the build runs in a GitHub Actions job ({@code GITHUB_ACTIONS=true}). */
    static boolean isOn(Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.getOrDefault("GITHUB_ACTIONS", "").trim());
    }
}
