package dev.flaglint.maven;

import dev.flaglint.lint.FlagLinter;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.Reactor;
import dev.flaglint.lint.ReactorModule;
import dev.flaglint.lint.ReactorPolicy;
import dev.flaglint.lint.report.LintOutputs;
import dev.flaglint.lint.source.SourceRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The outputs the check goal picks from its parameters, written for a small module. */
class CheckMojoOutputsTest {

    @TempDir
    Path module;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private Path check(boolean sarif, Map<String, String> environment) throws IOException {
        Files.writeString(module.resolve("flags.yaml"), """
                flags:
                  old: { owner: team, created: 2026-01-01, expires: 2026-02-01, ticket: T-1 }
                """);
        Path java = module.resolve("src/main/java/com/acme/App.java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                package com.acme;
                class App {
                    boolean on(dev.flaglint.runtime.FeatureFlags flags) { return flags.isEnabled("old"); }
                }
                """);
        ReactorModule app = new ReactorModule("com.acme:app", "app", module,
                List.of(new SourceRoot(module.resolve("src/main/java"), "app", module, false)), List.of(), null, true);
        ReactorPolicy reactor = new ReactorPolicy(new Reactor() {
            @Override
            public List<ReactorModule> modules() {
                return List.of(app);
            }

            @Override
            public ReactorModule current() {
                return app;
            }
        });
        CheckMojo mojo = new CheckMojo();
        mojo.outputDirectory = module.resolve("target/flag-lint").toFile();
        mojo.sarif = sarif;
        mojo.environment = environment;
        mojo.stdout = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        LintRequest request = reactor.request().today(LocalDate.of(2026, 5, 1)).build();

        new LintOutputs(mojo.outputs()).write(request, new FlagLinter().lint(request));
        return module.resolve("target/flag-lint");
    }

    @Test
    void writesTheJsonAndSarifReportsAndNothingForGitHubOutsideIt() throws IOException {
        Path out = check(true, Map.of());

        assertThat(out.resolve("flag-lint.json")).exists();
        assertThat(out.resolve("flag-lint.sarif")).exists();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void sarifCanBeTurnedOff() throws IOException {
        Path out = check(false, Map.of());

        assertThat(out.resolve("flag-lint.json")).exists();
        assertThat(out.resolve("flag-lint.sarif")).doesNotExist();
    }

    @Test
    void onGitHubActionsTheFindingsAreAnnotatedAndSummarised() throws IOException {
        Path summary = module.resolve("summary.md");

        check(true, Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", module.toString(),
                "GITHUB_STEP_SUMMARY", summary.toString()));

        assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith(
                "::error file=src/main/java/com/acme/App.java,line=3,col=72,title=flag-lint expired::flag 'old'");
        assertThat(Files.readString(summary)).startsWith("### ❌ flag-lint: app\n");
    }
}
