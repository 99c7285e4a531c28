package dev.flaglint.lint;

import dev.flaglint.lint.adjust.Baseline;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.LintException;
import dev.flaglint.lint.report.BaselineOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adopting the check on legacy code: baseline today's findings, fail only on new ones, shrink it later. */
class BaselineTest {

    @TempDir
    Path dir;

    private static final String FLAGS = """
            flags:
              new-checkout:
                owner: payments-team
                created: 2026-01-15
                expires: 2026-04-01
                ticket: PAY-1234
              forgotten:
                owner: growth
                created: 2026-02-01
                expires: 2027-01-01
                ticket: GROW-1
            """;

    private static String java(String... keys) {
        return Projects.appCallingKeys(keys);
    }

    private LintRequest request(String java) {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS, "src/main/java/com/acme/App.java", java));
        return Projects.request(module).toBuilder().baselineFile(module.resolve(Baseline.FILE_NAME)).build();
    }

    /** What the baseline goal does: check without the baseline, and record the findings in it. */
    private List<String> record(LintRequest request) {
        LintRequest unfiltered = request.toBuilder().baselineFile(null).build();
        RecordingConsole console = new RecordingConsole();
        new BaselineOutput(dir.resolve(Baseline.FILE_NAME), console).write(unfiltered,
                new FlagLinter().lint(unfiltered));
        return console.lines();
    }

    private static List<String> lines(LintResult result) {
        return result.findings().stream().map(f -> f.severity() + " " + f.toConsoleLine()).toList();
    }

    @Test
    void writesASortedStableFileKeyedByRuleFlagAndFileNotLine() throws IOException {
        List<String> said = record(request(java("new-checkout", "typo-flag", "new-checkout")));

        assertThat(said).containsExactly("INFO flag-lint: wrote flag-lint-baseline.json with 3 findings (1 expired,"
                + " 1 undeclared, 1 unused); commit it. flag-lint:check now reports these as info and fails only on"
                + " new findings");
        assertThat(Files.readString(dir.resolve(Baseline.FILE_NAME))).isEqualTo("""
                {
                  "comment" : "Findings accepted when flag-lint was adopted: mvn flag-lint:check reports them as info\
                 and fails only on new ones. Fix them over time, then run mvn flag-lint:baseline to shrink this file.\
                 Entries are keyed by rule, flag and file (not line).",
                  "findings" : [
                    {
                      "rule" : "unused",
                      "flag" : "forgotten",
                      "file" : "flags.yaml"
                    },
                    {
                      "rule" : "expired",
                      "flag" : "new-checkout",
                      "file" : "src/main/java/com/acme/App.java"
                    },
                    {
                      "rule" : "undeclared",
                      "flag" : "typo-flag",
                      "file" : "src/main/java/com/acme/App.java"
                    }
                  ]
                }
                """);
    }

    @Test
    void baselinedFindingsBecomeInfoAndDoNotFailEvenWhenLinesMove() {
        record(request(java("new-checkout", "typo-flag")));

        LintResult after = new FlagLinter().lint(request("// a new line moves everything down\n"
                + java("new-checkout", "typo-flag")));

        assertThat(after.hasErrors()).isFalse();
        assertThat(lines(after)).containsExactly(
                "INFO flags.yaml:[7,3] unused: (baselined) flag 'forgotten' is declared but never evaluated in module"
                        + " app (owner growth, ticket GROW-1); remove it from the flags file if it is no longer needed",
                "INFO src/main/java/com/acme/App.java:[8,15] expired: (baselined) flag 'new-checkout' expired on"
                        + " 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it"
                        + " guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer",
                "INFO src/main/java/com/acme/App.java:[9,15] undeclared: (baselined) flag 'typo-flag' is not declared"
                        + " in flags.yaml; declare it there with owner, created, expires and ticket");
        assertThat(after.findings()).allMatch(Finding::isBaselined);
    }

    @Test
    void aNewViolationStillFails() {
        record(request(java("new-checkout")));

        LintResult after = new FlagLinter().lint(request(java("new-checkout", "brand-new")));

        assertThat(after.hasErrors()).isTrue();
        assertThat(lines(after)).filteredOn(l -> l.startsWith("ERROR")).containsExactly(
                "ERROR src/main/java/com/acme/App.java:[8,15] undeclared: flag 'brand-new' is not declared in"
                        + " flags.yaml; declare it there with owner, created, expires and ticket");
    }

    @Test
    void anEntryThatNoLongerOccursIsReportedAtItsLineSoTheBaselineShrinks() {
        record(request(java("new-checkout", "typo-flag")));

        LintResult fixed = new FlagLinter().lint(request(java("new-checkout", "forgotten")));

        assertThat(fixed.hasErrors()).isFalse();
        assertThat(lines(fixed)).filteredOn(l -> !l.startsWith("INFO")).containsExactly(
                "WARNING flag-lint-baseline.json:[4,5] stale-baseline: baseline entry for unused of flag 'forgotten' in"
                        + " flags.yaml no longer occurs; run mvn flag-lint:baseline to shrink flag-lint-baseline.json"
                        + " and commit it",
                "WARNING flag-lint-baseline.json:[14,5] stale-baseline: baseline entry for undeclared of flag"
                        + " 'typo-flag' in src/main/java/com/acme/App.java no longer occurs; run mvn flag-lint:baseline"
                        + " to shrink flag-lint-baseline.json and commit it");
    }

    @Test
    void rewritingTheBaselineAfterFixesShrinksIt() {
        record(request(java("new-checkout", "typo-flag")));
        LintRequest fixed = request(java("new-checkout", "forgotten"));

        record(fixed);

        assertThat(Baseline.read(dir.resolve(Baseline.FILE_NAME)).entries()).extracting(e -> e.describe())
                .containsExactly("expired of flag 'new-checkout' in src/main/java/com/acme/App.java");
        assertThat(new FlagLinter().lint(fixed).findings()).allMatch(Finding::isBaselined);
    }

    @Test
    void aMalformedBaselineIsAClearErrorNamingTheLine() throws IOException {
        LintRequest request = request(java("new-checkout"));
        Files.writeString(dir.resolve(Baseline.FILE_NAME), "{\n  \"findings\" : [ { \"rule\" : \"expired\" ]\n}\n");

        assertThatThrownBy(() -> new FlagLinter().lint(request))
                .isInstanceOf(LintException.class)
                .hasMessageStartingWith("flag-lint-baseline.json:[2,")
                .hasMessageEndingWith("; fix it, or delete it and run mvn flag-lint:baseline to write a new one");
    }

    @Test
    void aMissingBaselineFileMeansNoBaseline() {
        LintResult result = new FlagLinter().lint(request(java("new-checkout")));

        assertThat(result.hasErrors()).isTrue();
    }
}
