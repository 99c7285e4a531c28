package dev.flaglint.lint;

import dev.flaglint.lint.adjust.SeverityOverrides;
import dev.flaglint.lint.check.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The metadata policy rules and per-rule severity overrides. */
class PolicyRulesTest {

    @TempDir
    Path dir;

    private static final String FLAGS = """
            flags:
              short-lived:
                owner: payments-team
                created: 2026-04-01
                expires: 2026-06-01
                ticket: PAY-1234
              long-lived:
                owner: paymnts-team
                created: 2026-01-01
                expires: 2026-12-31
                ticket: TODO
              kill-switch:
                owner: sre
                created: 2020-01-01
                ticket: OPS-17
                permanent: true
            """;

    private static final String JAVA = """
            package com.acme;

            import dev.flaglint.runtime.FeatureFlags;

            class App {
                void run(FeatureFlags flags) {
                    flags.isEnabled("short-lived");
                    flags.isEnabled("long-lived");
                    flags.isEnabled("kill-switch");
                }
            }
            """;

    private List<String> lint(Policy policy) {
        return lint(policy, SeverityOverrides.NONE);
    }

    private List<String> lint(Policy policy, SeverityOverrides severities) {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS, "src/main/java/com/acme/App.java", JAVA));
        LintRequest request = Projects.request(module).toBuilder().policy(policy).severities(severities).build();
        return new FlagLinter().lint(request).findings().stream()
                .map(f -> f.severity() + " " + f.toConsoleLine()).toList();
    }

    @Test
    void withoutAPolicyNothingIsReported() {
        assertThat(lint(Policy.NONE)).isEmpty();
    }

    @Test
    void maxLifetimeDaysLimitsNonPermanentFlags() {
        assertThat(lint(Policy.of(90, null, null))).containsExactly(
                "ERROR flags.yaml:[7,3] policy-lifetime: flag 'long-lived' is planned to live 364 days (created"
                        + " 2026-01-01, expires 2026-12-31), more than the allowed 90 (maxLifetimeDays); set 'expires'"
                        + " to 2026-04-01 or earlier, or mark it 'permanent: true' if it is an operational toggle");
    }

    @Test
    void ticketPatternMustMatchTheWholeTicket() {
        assertThat(lint(Policy.of(null, "[A-Z]+-[0-9]+", null))).containsExactly(
                "ERROR flags.yaml:[7,3] policy-ticket: flag 'long-lived': ticket 'TODO' does not match the required"
                        + " pattern '[A-Z]+-[0-9]+' (ticketPattern); put the id of the issue that tracks this flag's"
                        + " removal");
    }

    @Test
    void allowedOwnersSuggestsTheClosestOwner() {
        assertThat(lint(Policy.of(null, null, List.of("payments-team, sre"))))
                .containsExactly("ERROR flags.yaml:[7,3] policy-owner: flag 'long-lived': owner 'paymnts-team' is"
                        + " not an allowed owner (allowedOwners: payments-team, sre); did you mean 'payments-team'?"
                        + " use one of them, or add the team to allowedOwners");
    }

    @Test
    void aBadTicketPatternOrLifetimeIsAClearConfigurationError() {
        assertThatThrownBy(() -> Policy.of(null, "[A-Z+", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ticketPattern '[A-Z+' is not a valid regular expression: ");
        assertThatThrownBy(() -> Policy.of(0, null, null)).hasMessage("maxLifetimeDays must be 1 or more, got 0");
    }

    @Test
    void severitiesRaiseLowerOrTurnOffARule() {
        SeverityOverrides severities = SeverityOverrides.parse(Map.of("policy-lifetime", "warning",
                "policy-ticket", "OFF"));

        assertThat(lint(Policy.of(90, "[A-Z]+-[0-9]+", null), severities))
                .extracting(l -> l.substring(0, l.indexOf(' ', l.indexOf(' ') + 1)))
                .containsExactly("WARNING flags.yaml:[7,3]");
    }

    @Test
    void unusedCanBeMadeAnError() {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS));
        LintResult result = new FlagLinter().lint(Projects.request(module).toBuilder()
                .severities(SeverityOverrides.parse(Map.of("unused", "error"))).build());

        assertThat(result.findings()).extracting(f -> f.severity() + " " + f.rule())
                .containsExactly("ERROR unused", "ERROR unused", "ERROR unused");
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void unknownRulesAndSeveritiesListTheValidValues() {
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("unusd", "error")))
                .hasMessage("<severities>: unknown rule 'unusd'; the rules are invalid-metadata, missing-metadata,"
                        + " expired, undeclared, expiring-soon, unused, dynamic-key, parse-error, policy-lifetime,"
                        + " policy-ticket, policy-owner, type-mismatch, stale-baseline");
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("unused", "fatal")))
                .hasMessage("<severities>: rule 'unused' cannot have severity 'fatal'; use one of error, warning,"
                        + " info, off");
    }
}
