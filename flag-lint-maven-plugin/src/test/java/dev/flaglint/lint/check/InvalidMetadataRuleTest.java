package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidMetadataRuleTest {

    private final InvalidMetadataRule rule = new InvalidMetadataRule();

    @Test
    void aWrongValueIsAnErrorAndAnUnknownFieldAWarningAtTheirLine() {
        assertThat(CheckFixture.flags("""
                flags:
                  a:
                    owner: o
                    created: 2026-13-01
                    expires: 2027-01-01
                    ticket: T-1
                    ownr: x
                """).findings(rule)).extracting(l -> l.substring(0, l.indexOf(" invalid-metadata")))
                .containsExactly("ERROR flags.yaml:[4,14]", "WARNING flags.yaml:[7,5]");
    }

    @Test
    void aFileThatDoesNotParseIsReportedByEveryModuleOtherProblemsByItsOwnerOnly() {
        assertThat(CheckFixture.flags("flags: [oops\n").notOwner().findings(rule)).singleElement().asString()
                .startsWith("ERROR flags.yaml:[1,13] invalid-metadata: not valid YAML");
        assertThat(CheckFixture.flags("flags:\n  a: { owner: o, created: x, ticket: T, permanent: true }\n")
                .notOwner().findings(rule)).isEmpty();
    }

    @Test
    void missingFieldsAreNotItsBusiness() {
        assertThat(CheckFixture.flags("flags:\n  a: { owner: o }\n").findings(rule)).isEmpty();
        assertThat(CheckFixture.noFlagsFile().findings(rule)).isEmpty();
    }
}
