package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UndeclaredRuleTest {

    private static final String FLAGS = """
            flags:
              new-checkout: { owner: o, created: 2026-01-01, expires: 2027-01-01, ticket: T-1 }
              payments.production: { owner: o, created: 2026-01-01, expires: 2027-01-01, ticket: T-2 }
            """;

    private final UndeclaredRule rule = new UndeclaredRule();

    @Test
    void anUndeclaredKeyIsAnErrorNamingANearMiss() {
        assertThat(CheckFixture.flags(FLAGS).calls("new-checkout", "new-chekout", "brand-new").findings(rule))
                .containsExactly(
                        "ERROR src/main/java/com/acme/App.java:[8,15] undeclared: flag 'new-chekout' is not declared in"
                                + " flags.yaml; did you mean 'new-checkout'? Otherwise declare it there with owner,"
                                + " created, expires and ticket",
                        "ERROR src/main/java/com/acme/App.java:[9,15] undeclared: flag 'brand-new' is not declared in"
                                + " flags.yaml; declare it there with owner, created, expires and ticket");
    }

    @Test
    void withoutAFlagsFileOneFindingSaysWhereItLookedAndHowToCreateIt() {
        assertThat(CheckFixture.noFlagsFile().calls("b", "a", "b").dynamicCall("name", null).findings(rule))
                .containsExactly("ERROR src/main/java/com/acme/App.java:[7,15] undeclared: no flags file found (looked"
                        + " for src/main/resources/flags.{yaml,yml,json}, flags.{yaml,yml,json}), so the 2 flags"
                        + " evaluated here cannot be checked (a, b); run mvn flag-lint:init to create"
                        + " src/main/resources/flags.yaml declaring them, or set flagsFile to where the file is");
        assertThat(CheckFixture.noFlagsFile().calls("a").findings(rule)).containsExactly(
                "ERROR src/main/java/com/acme/App.java:[7,15] undeclared: no flags file found (looked"
                        + " for src/main/resources/flags.{yaml,yml,json}, flags.{yaml,yml,json}), so flag 'a'"
                        + " evaluated here cannot be checked; run mvn flag-lint:init to create"
                        + " src/main/resources/flags.yaml declaring it, or set flagsFile to where the file is");
    }

    @Test
    void withoutAFlagsFileAModuleThatEvaluatesNoFlagIsFine() {
        assertThat(CheckFixture.noFlagsFile().dynamicCall("name", null).findings(rule)).isEmpty();
    }

    @Test
    void aFlagsFileThatDoesNotParseMakesNoUndeclaredNoise() {
        assertThat(CheckFixture.flags("flags: [oops\n").calls("a", "b").findings(rule)).isEmpty();
    }

    @Test
    void aKeyAWrapperCompletesMustMatchADeclaredFlag() {
        assertThat(CheckFixture.flags(FLAGS).affixedCall("payments", "payments.*").affixedCall("paymnts", "paymnts.*")
                .findings(rule)).containsExactly("ERROR src/main/java/com/acme/App.java:[8,15] undeclared: no flag"
                + " declared in flags.yaml matches 'paymnts.*', the key \"paymnts\" as"
                + " com.acme.EnvironmentToggles#isEnabled completes it; fix the key if it is a typo, otherwise declare"
                + " the flags it stands for there with owner, created, expires and ticket");
    }
}
