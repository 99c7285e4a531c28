package dev.flaglint.lint.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DynamicKeyRuleTest {

    private static final String FLAGS = """
            flags:
              stages.a.enabled: { owner: o, created: 2026-01-01, expires: 2027-01-01, ticket: T-1 }
              stages.b.enabled: { owner: o, created: 2026-01-01, expires: 2027-01-01, ticket: T-2 }
            """;

    private final DynamicKeyRule rule = new DynamicKeyRule();

    @Test
    void aKeyOnlyKnownAtRunTimeIsAWarningNamingTheFlagsItsPatternMatches() {
        assertThat(CheckFixture.flags(FLAGS).calls("stages.a.enabled").dynamicCall("name", null)
                .dynamicCall("\"stages.\" + stage + \".enabled\"", "stages.*.enabled").findings(rule)).containsExactly(
                "WARNING src/main/java/com/acme/App.java:[8,15] dynamic-key: the flag key 'name' of"
                        + " dev.flaglint.runtime.FeatureFlags#isEnabled is only known at run time, so it cannot be"
                        + " checked; use a string literal or a static final String constant",
                "WARNING src/main/java/com/acme/App.java:[9,15] dynamic-key: the flag key '\"stages.\" + stage +"
                        + " \".enabled\"' of dev.flaglint.runtime.FeatureFlags#isEnabled is only known at run time"
                        + " (pattern 'stages.*.enabled' matches stages.a.enabled, stages.b.enabled), so it cannot be"
                        + " checked; use a string literal or a static final String constant");
    }

    @Test
    void aLongExpressionIsShortenedToOneLine() {
        String expression = "compute(\n" + "x".repeat(100) + ")";

        assertThat(CheckFixture.noFlagsFile().dynamicCall(expression, "x*").findings(rule)).singleElement()
                .asString().contains("'compute( " + "x".repeat(68) + "...'").doesNotContain("pattern");
    }

    @Test
    void aStubOfEveryKeyInATestNamesNoFlagAndIsNoWarning() {
        assertThat(CheckFixture.flags(FLAGS).stubOfEveryKey(true).findings(rule)).isEmpty();
        assertThat(CheckFixture.flags(FLAGS).stubOfEveryKey(false).findings(rule)).singleElement().asString()
                .contains("dynamic-key: the flag key 'anyString()'");
    }

    @Test
    void aKnownKeyThatAWrapperCompletesIsNoWarning() {
        assertThat(CheckFixture.flags(FLAGS).affixedCall("stages", "stages.*.enabled").findings(rule)).isEmpty();
    }
}
