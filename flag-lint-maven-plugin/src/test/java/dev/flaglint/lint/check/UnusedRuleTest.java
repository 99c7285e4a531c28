package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnusedRuleTest {

    private static final String FLAGS = """
            flags:
              called: { owner: o, created: 2026-01-01, expires: 2027-01-01, ticket: T-1 }
              elsewhere: { owner: o, created: 2026-01-01, expires: 2027-01-01, ticket: T-2 }
              by-pattern: { owner: o, created: 2026-01-01, expires: 2027-01-01, ticket: T-3 }
              forgotten: { owner: growth, created: 2026-01-01, expires: 2027-01-01, ticket: GROW-1 }
              forgotten-expired: { owner: o, created: 2026-01-01, expires: 2026-02-01, ticket: T-4 }
            """;

    private final UnusedRule rule = new UnusedRule();

    @Test
    void aFlagNoScannedModuleEvaluatesIsReportedWhereItIsDeclared() {
        assertThat(CheckFixture.flags(FLAGS).calls("called").usedElsewhere("elsewhere")
                .dynamicCall("\"by-\" + kind", "by-*").modules("web", "core").findings(rule)).containsExactly(
                "WARNING flags.yaml:[5,3] unused: flag 'forgotten' is declared but never evaluated in modules web, core"
                        + " (owner growth, ticket GROW-1); remove it from the flags file if it is no longer needed");
    }

    @Test
    void onlyTheModuleThatOwnsTheFileReportsIt() {
        assertThat(CheckFixture.flags(FLAGS).notOwner().findings(rule)).isEmpty();
        assertThat(CheckFixture.flags(FLAGS).findings(rule)).hasSize(4).allMatch(l -> l.contains("in module app "));
    }
}
