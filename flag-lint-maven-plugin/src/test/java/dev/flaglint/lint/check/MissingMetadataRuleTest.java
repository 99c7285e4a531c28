package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MissingMetadataRuleTest {

    private final MissingMetadataRule rule = new MissingMetadataRule();

    @Test
    void eachMissingFieldIsAnErrorReportedByTheOwnerOfTheFile() {
        CheckFixture fixture = CheckFixture.flags("""
                flags:
                  a:
                    owner: o
                    created: 2026-01-01
                  kill: { owner: sre, created: 2025-01-01, ticket: OPS-1, permanent: true }
                """);

        assertThat(fixture.findings(rule)).extracting(l -> l.substring(0, l.indexOf(':', l.indexOf(']'))))
                .containsExactly("ERROR flags.yaml:[2,3] missing-metadata", "ERROR flags.yaml:[2,3] missing-metadata");
        assertThat(fixture.findings(rule)).allMatch(l -> l.contains("flag 'a': "))
                .anyMatch(l -> l.contains("'expires'")).anyMatch(l -> l.contains("'ticket'"));
        assertThat(fixture.notOwner().findings(rule)).isEmpty();
    }
}
