package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiredRuleTest {

    private static final String FLAGS = """
            flags:
              old:
                owner: payments-team
                created: 2026-01-15
                expires: 2026-04-01
                ticket: PAY-1234
              ends-today: { owner: o, created: 2026-01-01, expires: 2026-05-01, ticket: T-1 }
              forgotten-old: { owner: o, created: 2026-01-01, expires: 2026-03-01, ticket: T-2 }
              kill: { owner: sre, created: 2025-01-01, ticket: OPS-1, permanent: true }
            """;

    private final ExpiredRule rule = new ExpiredRule();

    @Test
    void anExpiredFlagIsAnErrorAtEachCallSiteAndTheExpiryDayIsNotExpired() {
        assertThat(CheckFixture.flags(FLAGS).calls("old", "ends-today", "kill", "old").usedElsewhere("forgotten-old")
                .findings(rule)).containsExactly(
                "ERROR src/main/java/com/acme/App.java:[7,15] expired: flag 'old' expired on 2026-04-01 (owner"
                        + " payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag"
                        + " from flags.yaml, or move 'expires' if the flag must stay longer",
                "ERROR src/main/java/com/acme/App.java:[10,15] expired: flag 'old' expired on 2026-04-01 (owner"
                        + " payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag"
                        + " from flags.yaml, or move 'expires' if the flag must stay longer");
    }

    @Test
    void anExpiredFlagNobodyCallsIsReportedWhereItIsDeclaredByTheOwnerOfTheFile() {
        CheckFixture fixture = CheckFixture.flags(FLAGS).calls("old");

        assertThat(fixture.findings(rule)).filteredOn(l -> l.contains("flags.yaml:")).containsExactly(
                "ERROR flags.yaml:[8,3] expired: flag 'forgotten-old' expired on 2026-03-01 (owner o, ticket T-2) and"
                        + " no call site of it was found in the scanned sources; remove any code still using it, then"
                        + " delete it from flags.yaml");
        assertThat(CheckFixture.flags(FLAGS).calls("old").notOwner().findings(rule)).hasSize(1);
    }

    @Test
    void aCallOfAnUndeclaredKeyIsNotItsBusiness() {
        assertThat(CheckFixture.flags("flags: {}\n").calls("old").findings(rule)).isEmpty();
        assertThat(CheckFixture.noFlagsFile().calls("old").findings(rule)).isEmpty();
    }
}
