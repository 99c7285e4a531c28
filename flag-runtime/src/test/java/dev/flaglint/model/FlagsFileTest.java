package dev.flaglint.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FlagsFileTest {

    private static final String VALID_HEADER = """
            flags:
              new-checkout:
                description: New checkout flow
                owner: payments-team
                created: 2026-01-15
                expires: 2026-04-01
                ticket: PAY-1234
            """;

    private static FlagsFile yaml(String text) {
        return FlagsFile.parse("flags.yaml", text, Format.YAML);
    }

    private static List<String> describe(FlagsFile file) {
        return file.problems().stream().map(p -> p.severity() + " " + p.kind() + " " + p).toList();
    }

    @Test
    void readsMetadataAndEvaluationSettingsInFileOrder() {
        FlagsFile file = yaml(VALID_HEADER + """
                    enabled: true
                    rules:
                      - if: { email_domain: company.com }
                        enabled: true
                      - if: { user_id: [123, 456] }
                        enabled: true
                      - if: { app_version: { semver_gte: 2.1.0 }, age: { gte: 18, lt: 65 } }
                        enabled: false
                    rollout: 12.5
                    rollout_by: account_id
                    environments:
                      staging: { rollout: 100 }
                      production: { enabled: false }
                  payments-kill-switch:
                    owner: sre
                    created: 2025-06-01
                    ticket: OPS-17
                    permanent: true
                """);

        assertThat(file.problems()).isEmpty();
        assertThat(file.flags().keySet()).containsExactly("new-checkout", "payments-kill-switch");
        Flag flag = file.flag("new-checkout").orElseThrow();
        assertThat(flag.position()).isEqualTo(new Position(2, 3));
        assertThat(flag.metadata()).isEqualTo(new Metadata("New checkout flow", "payments-team",
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 1), "PAY-1234", false));
        assertThat(flag.valid()).isTrue();

        Targeting base = flag.targeting();
        assertThat(base.enabled()).isTrue();
        assertThat(base.rollout()).isEqualTo(12.5);
        assertThat(base.rolloutBy()).isEqualTo("account_id");
        assertThat(base.rules()).hasSize(3);
        assertThat(base.rules().get(0).conditions())
                .containsExactly(new Condition("email_domain", Operator.IN, List.of("company.com")));
        assertThat(base.rules().get(1).conditions())
                .containsExactly(new Condition("user_id", Operator.IN, List.of("123", "456")));
        assertThat(base.rules().get(2).conditions()).containsExactly(
                new Condition("app_version", Operator.SEMVER_GTE, List.of("2.1.0")),
                new Condition("age", Operator.GTE, List.of("18")),
                new Condition("age", Operator.LT, List.of("65")));
        assertThat(base.rules().get(2).enabled()).isFalse();

        Targeting staging = flag.targeting("staging");
        assertThat(staging.rollout()).isEqualTo(100.0);
        assertThat(staging.rules()).isEqualTo(base.rules());
        assertThat(staging.rolloutBy()).isEqualTo("account_id");
        assertThat(flag.targeting("production").enabled()).isFalse();
        assertThat(flag.targeting("unknown-env")).isEqualTo(base);
        assertThat(flag.targeting(null)).isEqualTo(base);

        Flag killSwitch = file.flag("payments-kill-switch").orElseThrow();
        assertThat(killSwitch.metadata().permanent()).isTrue();
        assertThat(killSwitch.metadata().expires()).isNull();
        assertThat(killSwitch.targeting()).isEqualTo(new Targeting(true, List.of(), null, "user_id"));
    }

    @Test
    void jsonCarriesTheSameSchema() {
        FlagsFile file = FlagsFile.parse("flags.json", """
                {"flags": {
                  "new-checkout": {"owner": "payments-team", "created": "2026-01-15",
                                   "expires": "2026-04-01", "ticket": "PAY-1234", "rollout": 10}
                }}
                """, Format.JSON);

        assertThat(file.problems()).isEmpty();
        assertThat(file.flag("new-checkout").orElseThrow().targeting().rollout()).isEqualTo(10.0);
    }

    @Test
    void missingRequiredFieldsAreReportedAtTheFlagKeyWithWhatToAdd() {
        FlagsFile file = yaml("""
                flags:
                  new-checkout:
                    created: 2026-01-15
                """);

        assertThat(file.problems()).extracting(Problem::kind, Problem::field, Problem::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.MISSING_FIELD, "owner", new Position(2, 3)),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.MISSING_FIELD, "expires", new Position(2, 3)),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.MISSING_FIELD, "ticket", new Position(2, 3)));
        assertThat(file.problems().get(0).toString())
                .isEqualTo("flags.yaml:2:3: flag 'new-checkout' field 'owner': missing; add the team or person"
                        + " who owns it, e.g. 'owner: payments-team'");
        assertThat(file.problems().get(1).message()).contains("or 'permanent: true'");
        // Metadata problems do not stop evaluation: the runtime still serves the flag.
        assertThat(file.flag("new-checkout").orElseThrow().valid()).isTrue();
    }

    @Test
    void malformedDateNamesLineFieldAndExpectedFormat() {
        FlagsFile file = yaml(VALID_HEADER.replace("expires: 2026-04-01", "expires: 2026-13-01"));

        assertThat(file.problems()).hasSize(1);
        Problem p = file.problems().get(0);
        assertThat(p.kind()).isEqualTo(Problem.Kind.INVALID_VALUE);
        assertThat(p.position()).isEqualTo(new Position(6, 14));
        assertThat(p.field()).isEqualTo("expires");
        assertThat(p.message()).startsWith("expected an ISO-8601 date (YYYY-MM-DD), got '2026-13-01'");
    }

    @Test
    void createdAfterExpiresIsAnError() {
        FlagsFile file = yaml(VALID_HEADER.replace("created: 2026-01-15", "created: 2026-05-15"));

        assertThat(describe(file)).containsExactly("ERROR INVALID_VALUE flags.yaml:6:5: flag 'new-checkout' field"
                + " 'expires': expires 2026-04-01 is before created 2026-05-15; swap or correct the dates");
    }

    @Test
    void badKeyAndDuplicateKeysAreErrors() {
        FlagsFile file = yaml(VALID_HEADER + """
                  -bad key:
                    owner: x
                    owner: y
                    created: 2026-01-15
                    expires: 2026-04-01
                    ticket: T-1
                  new-checkout:
                    owner: someone-else
                """);

        assertThat(describe(file)).containsExactly(
                "ERROR INVALID_VALUE flags.yaml:8:3: flag '-bad key': a flag key must start with a letter or digit"
                        + " and contain only letters, digits, '.', '_' and '-'; rename it",
                "ERROR INVALID_VALUE flags.yaml:10:5: flag '-bad key' field 'owner': duplicate field (first written"
                        + " at line 9); keep one and delete the other",
                "ERROR INVALID_VALUE flags.yaml:14:3: flag 'new-checkout': duplicate flag key (first written at"
                        + " line 2); keep one and delete the other");
        assertThat(file.flag("new-checkout").orElseThrow().metadata().owner()).isEqualTo("payments-team");
    }

    @Test
    void unknownFieldIsAWarningThatSuggestsTheKnownOne() {
        FlagsFile file = yaml(VALID_HEADER + "    ownr: typo\n");

        assertThat(file.hasErrors()).isFalse();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_FIELD);
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.position()).isEqualTo(new Position(8, 5));
            assertThat(p.message()).startsWith("unknown field; did you mean 'owner'?");
        });
    }

    @Test
    void wrongTypesAreErrors() {
        FlagsFile file = yaml("""
                flags:
                  f:
                    owner: [a, b]
                    created: 2026-01-15
                    expires: 2026-04-01
                    ticket: T-1
                    enabled: "yes please"
                    permanent: 3
                """);

        assertThat(file.problems()).extracting(Problem::field, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("owner", "expected text, got a list"),
                org.assertj.core.groups.Tuple.tuple("enabled", "expected true or false, got 'yes please'"),
                org.assertj.core.groups.Tuple.tuple("permanent", "expected true or false, got '3'"));
        assertThat(file.flag("f").orElseThrow().valid()).isFalse();
    }

    @Test
    void yamlSyntaxErrorGivesOneProblemWithItsLineAndNoFlags() {
        FlagsFile file = yaml("""
                flags:
                  new-checkout:
                    owner: payments-team
                   created: [2026-01-15
                """);

        assertThat(file.isReadable()).isFalse();
        assertThat(file.flags()).isEmpty();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
            assertThat(p.position().line()).isEqualTo(4);
            assertThat(p.message()).startsWith("not valid YAML: ").endsWith("; fix the syntax at this line")
                    .doesNotContain("\n");
        });
    }

    @Test
    void aSecondDocumentIsAProblemAtItsLineNotSilentlyIgnored() {
        FlagsFile file = yaml(VALID_HEADER + """
                ---
                flags:
                  other: {}
                """);
        assertThat(describe(file)).containsExactly("ERROR SYNTAX flags.yaml:9:1: a second document (after a '---' line"
                + " or a first JSON value) starts here; a flags file holds one: merge it into the first, or delete it");
        FlagsFile json = FlagsFile.parse("flags.json", "{\"flags\": {}}\n{\"flags\": {}}", Format.JSON);
        assertThat(json.isReadable()).isFalse();
        assertThat(json.problems().get(0).position().line()).isEqualTo(2);
    }

    @Test
    void missingFileIsAProblemNotAnException(@TempDir Path dir) {
        FlagsFile file = FlagsFile.read(dir.resolve("flags.yaml"));

        assertThat(file.isReadable()).isFalse();
        assertThat(file.problems()).singleElement().extracting(Problem::message)
                .isEqualTo("file not found");
    }

    @Test
    void readsFromDiskChoosingTheFormatByName(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("flags.json");
        Files.writeString(json, "{\"flags\": {\"a\": {\"owner\": \"o\", \"created\": \"2026-01-01\","
                + " \"permanent\": true, \"ticket\": \"T-1\"}}}");

        FlagsFile file = FlagsFile.read(json);

        assertThat(file.source()).isEqualTo(json.toString());
        assertThat(file.problems()).isEmpty();
        assertThat(file.flags()).containsKey("a");
    }

    @Test
    void fileWithoutFlagsMappingIsRejectedButEmptyFlagsIsFine() {
        assertThat(yaml("").problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
            assertThat(p.message()).isEqualTo("no 'flags:' mapping at the top of the file; start it with 'flags:'"
                    + " followed by the flag keys and their settings");
        });
        assertThat(yaml("flag:\n  a: {}\n").problems()).extracting(Problem::field).containsExactly("flag", null);
        assertThat(yaml("flags:\n").problems()).isEmpty();
        assertThat(yaml("flags: {}\n").problems()).isEmpty();
    }

    @Test
    void rulesMustSayWhatEveryoneElseGets() {
        FlagsFile open = yaml(VALID_HEADER + """
                    rules:
                      - if: { plan: enterprise }
                        enabled: true
                """);
        FlagsFile closedByRollout = yaml(VALID_HEADER + """
                    rules:
                      - if: { plan: enterprise }
                        enabled: true
                    rollout: 0
                """);
        FlagsFile closedByCatchAll = yaml(VALID_HEADER + """
                    rules:
                      - if: { plan: enterprise }
                        enabled: true
                      - enabled: false
                """);

        assertThat(describe(open)).containsExactly("ERROR INVALID_VALUE flags.yaml:2:3: flag 'new-checkout' field"
                + " 'rules': the rules do not say what everyone else gets; add 'rollout: 0' (nobody else),"
                + " a rollout percentage, or a last rule without 'if'");
        assertThat(open.flag("new-checkout").orElseThrow().valid()).isFalse();
        assertThat(closedByRollout.problems()).isEmpty();
        assertThat(closedByCatchAll.problems()).isEmpty();
        assertThat(closedByCatchAll.flag("new-checkout").orElseThrow().targeting().rules().get(1).matchesEveryone())
                .isTrue();
    }

    @Test
    void environmentOverridingRulesIsCheckedToo() {
        FlagsFile file = yaml(VALID_HEADER + """
                    environments:
                      staging:
                        rules:
                          - if: { plan: beta }
                            enabled: true
                """);

        assertThat(file.problems()).singleElement().extracting(Problem::field)
                .isEqualTo("environments.staging.rules");
    }

    @Test
    void operatorsAreValidatedAtLoad() {
        FlagsFile file = yaml(VALID_HEADER + """
                    rules:
                      - if: { plan: { is: gold } }
                        enabled: true
                      - if: { email: { matches: "[a-z" } }
                        enabled: true
                      - if: { app_version: { semver_gt: banana } }
                        enabled: true
                      - if: { age: { gt: old } }
                        enabled: true
                      - if: { age: { lt: [1, 2] } }
                        enabled: true
                      - if: { country: [] }
                        enabled: true
                      - if: { plan: gold }
                    rollout: 0
                """);

        assertThat(file.problems()).extracting(Problem::field).containsExactly(
                "rules[0].if.plan.is", "rules[1].if.email.matches", "rules[2].if.app_version.semver_gt",
                "rules[3].if.age.gt", "rules[4].if.age.lt", "rules[5].if.country", "rules[6].enabled");
        assertThat(file.problems().get(0).message()).startsWith("unknown operator 'is'; use one of: in, not_in,");
        assertThat(file.problems().get(1).message()).startsWith("not a valid regular expression: ");
        assertThat(file.problems().get(2).message()).isEqualTo("'banana' is not a semantic version like 2.1.0");
        assertThat(file.problems().get(3).message()).isEqualTo("'gt' compares numbers; 'old' is not a number");
        assertThat(file.flag("new-checkout").orElseThrow().valid()).isFalse();
    }

    @Test
    void rolloutIsAPercentageWithAtMostTwoDecimals() {
        assertThat(yaml(VALID_HEADER + "    rollout: 100.5\n").problems()).singleElement()
                .extracting(Problem::message).isEqualTo("a rollout is a percentage from 0 to 100, got 100.5");
        assertThat(yaml(VALID_HEADER + "    rollout: 0.001\n").problems()).singleElement()
                .extracting(Problem::message)
                .isEqualTo("a rollout has at most two decimals (steps of 0.01%), got 0.001");
        assertThat(yaml(VALID_HEADER + "    rollout: ten\n").problems()).singleElement()
                .extracting(Problem::message)
                .isEqualTo("expected a percentage from 0 to 100, e.g. 'rollout: 10', got a string");
        assertThat(yaml(VALID_HEADER + "    rollout: 99.99\n").problems()).isEmpty();
    }

    @Test
    void permanentFlagNeedsNoExpiresAndWarnsWhenItHasOne() {
        FlagsFile file = yaml(VALID_HEADER + "    permanent: true\n");

        assertThat(describe(file)).containsExactly("WARNING INVALID_VALUE flags.yaml:6:5: flag 'new-checkout'"
                + " field 'expires': a permanent flag never expires; remove 'expires' or 'permanent: true'");
    }
}
