package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyLifetimeRuleTest {

    private static final String FLAGS = """
            flags:
              short: { owner: o, created: 2026-01-01, expires: 2026-03-01, ticket: T-1 }
              long: { owner: o, created: 2026-01-01, expires: 2026-12-01, ticket: T-2 }
              kill: { owner: sre, created: 2025-01-01, ticket: OPS-1, permanent: true }
            """;

    private final PolicyLifetimeRule rule = new PolicyLifetimeRule();

    @Test
    void aFlagPlannedToLiveLongerThanAllowedIsAnError() {
        assertThat(CheckFixture.flags(FLAGS).policy(Policy.of(90, null, null)).findings(rule)).containsExactly(
                "ERROR flags.yaml:[3,3] policy-lifetime: flag 'long' is planned to live 334 days (created 2026-01-01,"
                        + " expires 2026-12-01), more than the allowed 90 (maxLifetimeDays); set 'expires' to 2026-04-01"
                        + " or earlier, or mark it 'permanent: true' if it is an operational toggle");
    }

    @Test
    void offWithoutAMaximumAndForModulesThatDoNotOwnTheFile() {
        assertThat(CheckFixture.flags(FLAGS).findings(rule)).isEmpty();
        assertThat(CheckFixture.flags(FLAGS).policy(Policy.of(90, null, null)).notOwner().findings(rule)).isEmpty();
    }
}
