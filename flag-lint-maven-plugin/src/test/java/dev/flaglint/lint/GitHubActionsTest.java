package dev.flaglint.lint;

import dev.flaglint.lint.model.BaselineState;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.lint.report.GitHubAnnotations;
import dev.flaglint.lint.report.LintOutputs;
import dev.flaglint.lint.report.StepSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Workflow commands and the job summary under GitHub Actions, and nothing elsewhere. */
class GitHubActionsTest {

    @TempDir
    Path repo;

    private static final String FLAGS = """
            flags:
              new-checkout:
                owner: payments-team
                created: 2026-01-15
                expires: 2026-04-01
                ticket: PAY-1234
              search-v2:
                owner: search-team
                created: 2026-03-01
                expires: 2026-05-10
                ticket: SRCH-9
            """;

    private static final String JAVA = """
            package com.acme;

            import dev.flaglint.runtime.FeatureFlags;

            class Checkout {
                boolean run(FeatureFlags flags) {
                    return flags.isEnabled("new-checkout") && flags.isEnabled("search-v2");
                }
            }
            """;

    private Path module() {
        return Projects.write(repo.resolve("checkout"), Map.of("flags.yaml", FLAGS,
                "src/main/java/com/acme/Checkout.java", JAVA));
    }

    /** What check writes on GitHub Actions: the annotations to standard output, the job summary to its file. */
    private String check(Map<String, String> env) {
        LintRequest request = Projects.request(module());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        new LintOutputs(List.of(new StepSummary(env), new GitHubAnnotations(new PrintStream(stdout, true,
                StandardCharsets.UTF_8), env))).write(request, new FlagLinter().lint(request));
        return stdout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneWorkflowCommandPerFindingWithRepositoryRelativePaths() throws IOException {
        Files.createDirectories(repo.resolve(".git"));

        assertThat(check(Map.of("GITHUB_ACTIONS", "true")).lines()).containsExactly(
                "::error file=checkout/src/main/java/com/acme/Checkout.java,line=7,col=22,title=flag-lint expired::"
                        + "flag 'new-checkout' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove"
                        + " this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if"
                        + " the flag must stay longer",
                "::warning file=checkout/src/main/java/com/acme/Checkout.java,line=7,col=57,title=flag-lint"
                        + " expiring-soon::flag 'search-v2' expires on 2026-05-10, in 9 days (owner search-team,"
                        + " ticket SRCH-9); plan its removal, or move 'expires' if it must stay longer");
    }

    @Test
    void githubWorkspaceWinsOverTheGitRootAndSpecialCharactersAreEscaped() {
        GitHubAnnotations annotations = new GitHubAnnotations(System.out, Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_WORKSPACE", repo.toString()));
        Finding f = new Finding(RuleId.INVALID_METADATA, Severity.ERROR, null, "flags, v2.yaml", 3, 1,
                "100% broken:\nsecond line");

        assertThat(annotations.commands(module(), List.of(f))).containsExactly(
                "::error file=checkout/flags%2C v2.yaml,line=3,col=1,title=flag-lint invalid-metadata::"
                        + "100%25 broken:%0Asecond line");
    }

    @Test
    void infoFindingsGetNoAnnotationAndLineZeroNoPosition() {
        GitHubAnnotations annotations = new GitHubAnnotations(System.out, Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_WORKSPACE", repo.toString()));
        Finding info = new Finding(RuleId.EXPIRED, Severity.INFO, "x", "a.java", 3, 1, "old", BaselineState.UNCHANGED);
        Finding nowhere = new Finding(RuleId.INVALID_METADATA, Severity.WARNING, null, "flags.yaml", 0, 0, "odd");

        assertThat(annotations.commands(module(), List.of(info, nowhere)))
                .containsExactly("::warning file=checkout/flags.yaml,title=flag-lint invalid-metadata::odd");
    }

    @Test
    void appendsAMarkdownTableToTheStepSummaryOncePerModule() throws IOException {
        Path summary = repo.resolve("summary.md");
        Files.writeString(summary, "# Build\n");
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", repo.toString(),
                "GITHUB_STEP_SUMMARY", summary.toString());

        check(env);
        check(env);

        String text = Files.readString(summary);
        assertThat(text).startsWith("# Build\n### ❌ flag-lint: app\n\n1 error, 1 warning; 2 flag call sites checked"
                + " as of 2026-05-01.\n\n| Severity | Rule | Flag | Location | Message |\n| --- | --- | --- | --- | --- |\n"
                + "| ❌ error | `expired` | `new-checkout` | `checkout/src/main/java/com/acme/Checkout.java:7` | flag"
                + " 'new-checkout' expired on 2026-04-01");
        assertThat(text.split("### ❌ flag-lint: app", -1)).hasSize(3);
    }

    @Test
    void outsideGitHubActionsNothingIsWritten() {
        Path summary = repo.resolve("summary.md");
        String stdout = check(Map.of("GITHUB_STEP_SUMMARY", summary.toString()));

        assertThat(summary).doesNotExist();
        assertThat(stdout).isEmpty();
    }
}
