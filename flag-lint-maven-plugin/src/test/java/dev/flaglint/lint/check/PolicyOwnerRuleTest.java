package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyOwnerRuleTest {

    private static final String FLAGS = """
            flags:
              a: { owner: payments-team, created: 2026-01-01, expires: 2026-03-01, ticket: T-1 }
              b: { owner: payment-team, created: 2026-01-01, expires: 2026-03-01, ticket: T-2 }
              c: { owner: marketing, created: 2026-01-01, expires: 2026-03-01, ticket: T-3 }
            """;

    private final PolicyOwnerRule rule = new PolicyOwnerRule();

    @Test
    void anOwnerOutsideTheListIsAnErrorWithANearMissNamed() {
        assertThat(CheckFixture.flags(FLAGS).policy(Policy.of(null, null, List.of("payments-team, sre")))
                .findings(rule)).containsExactly(
                "ERROR flags.yaml:[3,3] policy-owner: flag 'b': owner 'payment-team' is not an allowed owner"
                        + " (allowedOwners: payments-team, sre); did you mean 'payments-team'? use one of them, or add"
                        + " the team to allowedOwners",
                "ERROR flags.yaml:[4,3] policy-owner: flag 'c': owner 'marketing' is not an allowed owner"
                        + " (allowedOwners: payments-team, sre); use one of them, or add the team to allowedOwners");
    }

    @Test
    void offWithoutAList() {
        assertThat(CheckFixture.flags(FLAGS).findings(rule)).isEmpty();
    }
}
