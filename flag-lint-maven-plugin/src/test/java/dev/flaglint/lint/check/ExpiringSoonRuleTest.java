package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringSoonRuleTest {

    private static final String FLAGS = """
            flags:
              today: { owner: o, created: 2026-01-01, expires: 2026-05-01, ticket: T-1 }
              tomorrow: { owner: o, created: 2026-01-01, expires: 2026-05-02, ticket: T-2 }
              in-five: { owner: o, created: 2026-01-01, expires: 2026-05-06, ticket: T-3 }
              later: { owner: o, created: 2026-01-01, expires: 2026-06-01, ticket: T-4 }
              gone: { owner: o, created: 2026-01-01, expires: 2026-04-30, ticket: T-5 }
              kill: { owner: sre, created: 2025-01-01, ticket: OPS-1, permanent: true }
            """;

    private final ExpiringSoonRule rule = new ExpiringSoonRule();

    @Test
    void warnsAtCallsOfFlagsThatExpireWithinWarnDays() {
        assertThat(CheckFixture.flags(FLAGS).calls("today", "tomorrow", "in-five", "later", "gone", "kill")
                .warnDays(5).findings(rule)).containsExactly(
                "WARNING src/main/java/com/acme/App.java:[7,15] expiring-soon: flag 'today' expires on 2026-05-01,"
                        + " today (owner o, ticket T-1); plan its removal, or move 'expires' if it must stay longer",
                "WARNING src/main/java/com/acme/App.java:[8,15] expiring-soon: flag 'tomorrow' expires on"
                        + " 2026-05-02, in 1 day (owner o, ticket T-2); plan its removal, or move 'expires' if it must"
                        + " stay longer",
                "WARNING src/main/java/com/acme/App.java:[9,15] expiring-soon: flag 'in-five' expires on 2026-05-06,"
                        + " in 5 days (owner o, ticket T-3); plan its removal, or move 'expires' if it must stay longer");
    }

    @Test
    void warnDaysZeroWarnsOnTheLastDayOnly() {
        assertThat(CheckFixture.flags(FLAGS).calls("today", "tomorrow").warnDays(0).findings(rule))
                .singleElement().asString().contains("flag 'today'");
    }

    @Test
    void aFlagNobodyCallsIsLeftToUnused() {
        assertThat(CheckFixture.flags(FLAGS).findings(rule)).isEmpty();
    }
}
