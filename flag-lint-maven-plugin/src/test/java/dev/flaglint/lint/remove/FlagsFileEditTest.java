package dev.flaglint.lint.remove;

import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The flag's entry leaves the flags file; every other byte stays. */
class FlagsFileEditTest {

    private static Optional<String> without(String name, String text, String key) {
        Flag flag = FlagsFile.parse(name, text, name.endsWith(".json") ? Format.JSON : Format.YAML).flag(key)
                .orElseThrow();
        return FlagsFileEdit.without(name, text, flag, new StringBuilder());
    }

    @Test
    void yamlLosesTheEntryItsOwnCommentsAndOneBlankLine() {
        String text = """
                # Flags of the shop
                flags:
                  first: { owner: a, created: 2026-01-01, expires: 2026-12-01, ticket: A-1 }

                  # the new checkout (PAY-1)
                  new-checkout:
                    owner: payments   # the team
                    created: 2026-01-01

                    # dates
                    expires: 2026-12-01
                    ticket: PAY-1

                  # kill switch
                  last:
                    owner: sre
                    created: 2026-01-01
                    permanent: true
                    ticket: OPS-1
                """;
        assertThat(without("flags.yaml", text, "new-checkout")).contains("""
                # Flags of the shop
                flags:
                  first: { owner: a, created: 2026-01-01, expires: 2026-12-01, ticket: A-1 }

                  # kill switch
                  last:
                    owner: sre
                    created: 2026-01-01
                    permanent: true
                    ticket: OPS-1
                """);
        assertThat(without("flags.yaml", text, "last")).contains(text.substring(0, text.indexOf("\n\n  # kill switch")
                + 1));
        assertThat(without("flags.yaml", text, "first")).contains(text.replace(
                "  first: { owner: a, created: 2026-01-01, expires: 2026-12-01, ticket: A-1 }\n\n", ""));
    }

    @Test
    void crlfLineBreaksStay() {
        String text = "flags:\r\n  a:\r\n    owner: x\r\n    created: 2026-01-01\r\n    permanent: true\r\n"
                + "    ticket: T\r\n  b:\r\n    owner: x\r\n    created: 2026-01-01\r\n    permanent: true\r\n"
                + "    ticket: T\r\n";
        assertThat(without("flags.yaml", text, "a")).contains("flags:\r\n  b:\r\n    owner: x\r\n"
                + "    created: 2026-01-01\r\n    permanent: true\r\n    ticket: T\r\n");
        String spaced = text.replace("  b:", "\r\n  # b\r\n  b:");
        assertThat(without("flags.yaml", spaced, "b")).contains("flags:\r\n  a:\r\n    owner: x\r\n"
                + "    created: 2026-01-01\r\n    permanent: true\r\n    ticket: T\r\n");
    }

    @Test
    void jsonLosesTheMemberAndOneComma() {
        String text = """
                {
                  "flags": {
                    "a": { "owner": "x", "created": "2026-01-01", "permanent": true, "ticket": "T" },
                    "new-checkout": {
                      "owner": "x", "created": "2026-01-01", "permanent": true, "ticket": "T"
                    },
                    "z": { "owner": "x", "created": "2026-01-01", "permanent": true, "ticket": "T" }
                  }
                }
                """;
        assertThat(without("flags.json", text, "new-checkout")).contains("""
                {
                  "flags": {
                    "a": { "owner": "x", "created": "2026-01-01", "permanent": true, "ticket": "T" },
                    "z": { "owner": "x", "created": "2026-01-01", "permanent": true, "ticket": "T" }
                  }
                }
                """);
        assertThat(without("flags.json", text, "z")).contains("""
                {
                  "flags": {
                    "a": { "owner": "x", "created": "2026-01-01", "permanent": true, "ticket": "T" },
                    "new-checkout": {
                      "owner": "x", "created": "2026-01-01", "permanent": true, "ticket": "T"
                    }
                  }
                }
                """);
    }

    @Test
    void anInlineFlagsMappingIsNotEditedAndSaysWhy() {
        String text = "flags: { a: { owner: x, created: 2026-01-01, permanent: true, ticket: T } }\n";
        StringBuilder why = new StringBuilder();
        Flag flag = FlagsFile.parse("flags.yaml", text, Format.YAML).flag("a").orElseThrow();

        assertThat(FlagsFileEdit.without("flags.yaml", text, flag, why)).isEmpty();
        assertThat(why).hasToString("the entry of 'a' could not be deleted without changing the rest of flags.yaml");
    }
}
