package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyTicketRuleTest {

    private static final String FLAGS = """
            flags:
              good: { owner: o, created: 2026-01-01, expires: 2026-03-01, ticket: PAY-12 }
              bad: { owner: o, created: 2026-01-01, expires: 2026-03-01, ticket: see slack }
              none: { owner: o, created: 2026-01-01, expires: 2026-03-01 }
            """;

    private final PolicyTicketRule rule = new PolicyTicketRule();

    @Test
    void aTicketMustMatchThePatternEntirely() {
        assertThat(CheckFixture.flags(FLAGS).policy(Policy.of(null, "[A-Z]+-[0-9]+", null)).findings(rule))
                .containsExactly("ERROR flags.yaml:[3,3] policy-ticket: flag 'bad': ticket 'see slack' does not match"
                        + " the required pattern '[A-Z]+-[0-9]+' (ticketPattern); put the id of the issue that tracks"
                        + " this flag's removal");
        assertThat(CheckFixture.flags(FLAGS).policy(Policy.of(null, "[A-Z]+", null)).findings(rule)).hasSize(2);
    }

    @Test
    void offWithoutAPattern() {
        assertThat(CheckFixture.flags(FLAGS).findings(rule)).isEmpty();
    }
}
