package dev.flaglint.lint;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.source.FlagsFileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule, end to end through the engine on a small project, asserting the exact console line. */
class RulesTest {

    @TempDir
    Path dir;

    private static final String FLAGS = """
            flags:
              new-checkout:
                owner: payments-team
                created: 2026-01-15
                expires: 2026-04-01
                ticket: PAY-1234
              search-v2:
                owner: search-team
                created: 2026-03-01
                expires: 2026-05-10
                ticket: SRCH-9
              kill-switch:
                owner: sre
                created: 2025-06-01
                ticket: OPS-17
                permanent: true
              forgotten:
                owner: growth
                created: 2026-02-01
                expires: 2027-01-01
                ticket: GROW-1
            """;

    private static String javaCalling(String... keys) {
        return Projects.appCalling(keys);
    }

    private List<String> lint(String flags, String java) {
        return lint(Projects.request(Projects.write(dir, Map.of("flags.yaml", flags,
                "src/main/java/com/acme/App.java", java))));
    }

    private static List<String> lint(LintRequest request) {
        return new FlagLinter().lint(request).findings().stream()
                .map(f -> f.severity() + " " + f.toConsoleLine()).toList();
    }

    @Test
    void expiredFlagIsAnErrorAtEachCallSite() {
        assertThat(lint(FLAGS, javaCalling("\"new-checkout\"", "\"search-v2\"", "\"kill-switch\"", "\"forgotten\"",
                "\"new-checkout\"")))
                .filteredOn(l -> l.contains(" expired: "))
                .containsExactly(
                        "ERROR src/main/java/com/acme/App.java:[7,15] expired: flag 'new-checkout' expired on 2026-04-01"
                                + " (owner payments-team, ticket PAY-1234); remove this check and the branch it guards,"
                                + " then the flag from flags.yaml, or move 'expires' if the flag must stay longer",
                        "ERROR src/main/java/com/acme/App.java:[11,15] expired: flag 'new-checkout' expired on"
                                + " 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch"
                                + " it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay"
                                + " longer");
    }

    @Test
    void expiryDayItselfIsNotExpiredButExpiringToday() {
        String flags = FLAGS.replace("expires: 2026-04-01", "expires: 2026-05-01");

        assertThat(lint(flags, javaCalling("\"new-checkout\"", "\"search-v2\"", "\"forgotten\"", "\"kill-switch\"")))
                .containsExactly(
                        "WARNING src/main/java/com/acme/App.java:[7,15] expiring-soon: flag 'new-checkout' expires on"
                                + " 2026-05-01, today (owner payments-team, ticket PAY-1234); plan its removal, or move"
                                + " 'expires' if it must stay longer",
                        "WARNING src/main/java/com/acme/App.java:[8,15] expiring-soon: flag 'search-v2' expires on"
                                + " 2026-05-10, in 9 days (owner search-team, ticket SRCH-9); plan its removal, or"
                                + " move 'expires' if it must stay longer");
    }

    @Test
    void warnDaysWidensOrNarrowsTheExpiringSoonWindow() {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS, "src/main/java/com/acme/App.java",
                javaCalling("\"search-v2\"", "\"forgotten\"", "\"kill-switch\"")));
        LintRequest base = Projects.request(module);
        LintRequest narrow = base.toBuilder().warnDays(5).build();

        assertThat(lint(base)).filteredOn(l -> l.contains("expiring-soon")).hasSize(1);
        assertThat(lint(narrow)).filteredOn(l -> l.contains("expiring-soon")).isEmpty();
    }

    @Test
    void undeclaredKeyIsAnErrorThatSuggestsTheClosestDeclaredKey() {
        assertThat(lint(FLAGS, javaCalling("\"new-chekout\"", "\"brand-new\"", "\"search-v2\"", "\"kill-switch\"",
                "\"forgotten\"")))
                .filteredOn(l -> l.contains("undeclared"))
                .containsExactly(
                        "ERROR src/main/java/com/acme/App.java:[7,15] undeclared: flag 'new-chekout' is not declared in"
                                + " flags.yaml; did you mean 'new-checkout'? Otherwise declare it there with owner,"
                                + " created, expires and ticket",
                        "ERROR src/main/java/com/acme/App.java:[8,15] undeclared: flag 'brand-new' is not declared in"
                                + " flags.yaml; declare it there with owner, created, expires and ticket");
    }

    @Test
    void unusedFlagIsAWarningAtItsDeclarationNamingTheScannedModules() {
        assertThat(lint(FLAGS, javaCalling("\"search-v2\"", "\"kill-switch\"")))
                .filteredOn(l -> !l.contains("expiring-soon"))
                .containsExactly(
                        "ERROR flags.yaml:[2,3] expired: flag 'new-checkout' expired on 2026-04-01 (owner"
                                + " payments-team, ticket PAY-1234) and no call site of it was found in the scanned"
                                + " sources; remove any code still using it, then delete it from flags.yaml",
                        "WARNING flags.yaml:[17,3] unused: flag 'forgotten' is declared but never evaluated in module"
                                + " app (owner growth, ticket GROW-1); remove it from the flags file if it is no longer"
                                + " needed");
    }

    @Test
    void aFlagUsedInAnotherModuleOfTheReactorIsNotUnused() {
        Path root = Projects.write(dir, Map.of(
                "flags.yaml", FLAGS,
                "a/src/main/java/com/acme/App.java", javaCalling("\"search-v2\"", "\"kill-switch\""),
                "b/src/main/java/com/acme/B.java", javaCalling("\"forgotten\"").replace("class App", "class B")));
        Path a = root.resolve("a");
        Path b = root.resolve("b");
        LintRequest request = LintRequest.builder("a", a).sourceRoots(List.of(Projects.main(a)))
                .otherModules(List.of(Projects.main(b)), List.of("b")).flagsFile(root.resolve("flags.yaml"), true)
                .today(Projects.TODAY).warnDays(0).build();

        LintResult result = new FlagLinter().lint(request);

        assertThat(result.callSites()).extracting(CallSite::key).containsExactly("search-v2", "kill-switch");
        assertThat(result.findings()).extracting(Finding::toConsoleLine).containsExactly(
                "../flags.yaml:[2,3] expired: flag 'new-checkout' expired on 2026-04-01 (owner payments-team, ticket"
                        + " PAY-1234) and no call site of it was found in the scanned sources; remove any code still"
                        + " using it, then delete it from flags.yaml");
    }

    @Test
    void aModuleThatDoesNotOwnTheFlagsFileReportsOnlyItsCallSites() {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS.replace("    owner: sre\n", ""),
                "src/main/java/com/acme/App.java", javaCalling("\"new-checkout\"")));
        LintRequest base = Projects.request(module);
        LintRequest notOwner = base.toBuilder().flagsFile(base.flagsFile(), false).build();

        assertThat(lint(notOwner)).extracting(l -> l.substring(0, l.indexOf(':'))).containsExactly(
                "ERROR src/main/java/com/acme/App.java");
        assertThat(lint(base)).anyMatch(l -> l.startsWith("ERROR flags.yaml:[12,3] missing-metadata: flag"
                + " 'kill-switch': 'owner' missing; add the team or person who owns it"));
    }

    @Test
    void flagsFileProblemsBecomeMetadataFindingsAtTheirLine() {
        String flags = """
                flags:
                  a:
                    owner: team
                    created: 2026-01-01
                    expires: someday
                    ticket: T-1
                    colour: blue
                """;

        assertThat(lint(flags, javaCalling("\"a\""))).containsExactly(
                "ERROR flags.yaml:[5,14] invalid-metadata: flag 'a': 'expires' expected an ISO-8601 date (YYYY-MM-DD),"
                        + " got 'someday'; the day it should be gone, e.g. 'expires: 2026-04-01', or 'permanent: true'"
                        + " for a kill switch or ops toggle",
                "WARNING flags.yaml:[7,5] invalid-metadata: flag 'a': 'colour' unknown field; known fields here:"
                        + " created, description, enabled, environments, expires, owner,"
                        + " permanent, rollout, rollout_by, rules, ticket");
    }

    @Test
    void unparseableFlagsFileIsOneErrorAndNoUndeclaredNoise() {
        assertThat(lint("flags:\n  a: [unclosed\n", javaCalling("\"a\"", "\"b\"")))
                .singleElement().satisfies(l -> assertThat(l).startsWith("ERROR flags.yaml:[").contains(
                        "] invalid-metadata: not valid YAML: "));
    }

    @Test
    void noFlagsFileIsOneErrorSayingWhereItLookedAndHowToCreateIt() {
        Path module = Projects.write(dir, Map.of("src/main/java/com/acme/App.java", javaCalling("\"a\"", "\"b\"")));
        LintRequest noFile = Projects.request(module).toBuilder().flagsFile(null, true)
                .flagsFilePlaces(FlagsFileLocator.candidates(module, module.getParent())).build();

        assertThat(lint(noFile)).containsExactly("ERROR src/main/java/com/acme/App.java:[7,15] undeclared: no flags"
                + " file found (looked for src/main/resources/flags.{yaml,yml,json}, flags.{yaml,yml,json},"
                + " ../flags.{yaml,yml,json}), so the 2 flags evaluated here cannot be checked (a, b); run mvn"
                + " flag-lint:init to create src/main/resources/flags.yaml declaring them, or set flagsFile to where"
                + " the file is");
    }

    @Test
    void aConfiguredFlagsFileThatDoesNotExistIsOneErrorNamingIt() {
        Path module = Projects.write(dir, Map.of("src/main/java/com/acme/App.java", javaCalling("\"a\"")));
        LintRequest missing = Projects.request(module).toBuilder().flagsFile(module.resolve("config/flags.yaml"), true)
                .build();

        assertThat(lint(missing)).containsExactly("ERROR src/main/java/com/acme/App.java:[7,15] undeclared: no flags"
                + " file found (looked for config/flags.yaml), so flag 'a' evaluated here cannot be checked; run mvn"
                + " flag-lint:init to create config/flags.yaml declaring it, or set flagsFile to where the file is");
    }

    @Test
    void dynamicKeyIsAWarningNamingTheExpression() {
        assertThat(lint("flags: {}\n", javaCalling("name"))).containsExactly(
                "WARNING src/main/java/com/acme/App.java:[7,15] dynamic-key: the flag key 'name' of"
                        + " dev.flaglint.runtime.FeatureFlags#isEnabled is only known at run time, so it cannot be"
                        + " checked; use a string literal or a static final String constant");
    }

    @Test
    void javaFileThatDoesNotParseIsReportedAndTheRestIsStillChecked() {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS,
                "src/main/java/com/acme/App.java", javaCalling("\"new-checkout\"", "\"search-v2\"", "\"kill-switch\"",
                        "\"forgotten\""),
                "src/main/java/com/acme/Broken.java",
                "package com.acme;\nclass Broken {\n  void f( {\n    FeatureFlags.fromClasspath().isEnabled(\"x\");\n}\n"));

        List<String> lines = lint(Projects.request(module));

        assertThat(lines).filteredOn(l -> l.contains("parse-error")).singleElement().satisfies(l -> assertThat(l)
                .startsWith("WARNING src/main/java/com/acme/Broken.java:[3,")
                .contains("parse-error: cannot parse this file (")
                .endsWith("its flag calls were not checked. Fix the syntax error; the other files were checked"));
        assertThat(lines).anyMatch(l -> l.startsWith("ERROR src/main/java/com/acme/App.java:[7,15] expired:"));
    }

    @Test
    void testSourcesAreCheckedAndMarked() {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS,
                "src/test/java/com/acme/AppTest.java", javaCalling("\"new-checkout\"").replace("class App",
                        "class AppTest")));

        LintResult result = new FlagLinter().lint(Projects.request(module));

        assertThat(result.callSites()).singleElement().satisfies(s -> {
            assertThat(s.test()).isTrue();
            assertThat(s.file()).isEqualTo("src/test/java/com/acme/AppTest.java");
        });
        assertThat(result.findings()).extracting(Finding::rule).contains(RuleId.EXPIRED);
    }

    @Test
    void excludesSkipMatchingFiles() {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS,
                "src/main/java/com/acme/App.java", javaCalling("\"new-checkout\""),
                "src/main/java/com/acme/generated/Gen.java",
                javaCalling("\"undeclared\"").replace("package com.acme;", "package com.acme.generated;")));
        LintRequest base = Projects.request(module);
        LintRequest excluding = base.toBuilder().excludes(List.of("**/generated/**")).build();

        assertThat(new FlagLinter().lint(excluding).callSites()).extracting(CallSite::file)
                .containsExactly("src/main/java/com/acme/App.java");
    }
}
