package dev.flaglint.lint.remove;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One simplification per test: the class as written, and as the removal leaves it. The whole file is compared, so
 * every line the removal had no reason to touch is checked to keep its bytes.
 */
class SimplificationTest {

    private static final String IMPORTS = "import dev.flaglint.runtime.FeatureFlags;\n";
    private static final String FIELD = """
                private final FeatureFlags flags;

                App(FeatureFlags flags) {
                    this.flags = flags;
                }

            """;

    @TempDir
    Path dir;

    private RemovalFixture fixture;

    /** The class body after removing new-checkout, keeping {@code value} (null: the settled value, true). */
    private String removed(String body, String value) {
        fixture = new RemovalFixture(dir).mainClass("App", IMPORTS, FIELD + body);
        RemovalResult result = fixture.remove("new-checkout", value);
        assertThat(result.leftovers()).as("leftovers").isEmpty();
        String text = fixture.mainClassText("App");
        String head = "package com.acme;\n\n" + IMPORTS + "\nclass App {\n" + FIELD;
        assertThat(text).startsWith(head);
        return text.substring(head.length(), text.length() - "}\n".length());
    }

    @Test
    void aConditionThatIsNowTrueIsInlinedOneLevelLessIndentedWithItsComments() {
        assertThat(removed("""
                    int total(int cents) {
                        // the new flow
                        if (flags.isEnabled("new-checkout")) {
                            int fee = 10; // a fee
                            /* and more */
                            return cents + fee;
                        } else {
                            return cents;
                        }
                    }
                """, null)).isEqualTo("""
                    int total(int cents) {
                        // the new flow
                        int fee = 10; // a fee
                        /* and more */
                        return cents + fee;
                    }
                """);
    }

    @Test
    void aConditionThatIsNowFalseKeepsTheElseBranchOrGoesAway() {
        assertThat(removed("""
                    String label() {
                        if (flags.isEnabled("new-checkout")) {
                            return "new";
                        } else {
                            return "old";
                        }
                    }

                    void log(StringBuilder out) {
                        // only for the new flow
                        if (flags.isEnabled("new-checkout")) {
                            out.append("new");
                        }
                        out.append("done");
                    }
                """, "false")).isEqualTo("""
                    String label() {
                        return "old";
                    }

                    void log(StringBuilder out) {
                        out.append("done");
                    }
                """);
    }

    @Test
    void negationAndOrAndTernariesFold() {
        assertThat(removed("""
                    boolean a(boolean x) {
                        return !flags.isEnabled("new-checkout") || x;
                    }

                    boolean b(boolean x) {
                        return x && (flags.isEnabled("new-checkout"));
                    }

                    String c() {
                        return flags.isEnabled("new-checkout") ? "new" : "old";
                    }

                    int d(boolean x) {
                        if (x || !flags.isEnabled("new-checkout")) {
                            return 1;
                        }
                        return 2;
                    }
                """, null)).isEqualTo("""
                    boolean a(boolean x) {
                        return x;
                    }

                    boolean b(boolean x) {
                        return x;
                    }

                    String c() {
                        return "new";
                    }

                    int d(boolean x) {
                        if (x) {
                            return 1;
                        }
                        return 2;
                    }
                """);
    }

    @Test
    void aFalseAndShortCircuitsWhatFollowsAndAnElseIfChainShrinks() {
        assertThat(removed("""
                    int a(boolean x) {
                        if (flags.isEnabled("new-checkout") && x) {
                            return 1;
                        }
                        return 2;
                    }

                    int b(boolean x) {
                        if (x) {
                            return 0;
                        } else if (flags.isEnabled("new-checkout")) {
                            return 1;
                        } else {
                            return 2;
                        }
                    }
                """, "false")).isEqualTo("""
                    int a(boolean x) {
                        return 2;
                    }

                    int b(boolean x) {
                        if (x) {
                            return 0;
                        } else {
                            return 2;
                        }
                    }
                """);
    }

    @Test
    void statementsAfterANowUnconditionalReturnGo() {
        assertThat(removed("""
                    int total(int cents) {
                        if (flags.isEnabled("new-checkout")) {
                            return cents + 10;
                        }
                        int legacy = cents * 2;
                        return legacy;
                    }
                """, null)).isEqualTo("""
                    int total(int cents) {
                        return cents + 10;
                    }
                """);
    }

    @Test
    void aNameThatWouldClashKeepsItsBlock() {
        assertThat(removed("""
                    int total(int cents) {
                        if (flags.isEnabled("new-checkout")) {
                            int fee = 10;
                            cents += fee;
                        }
                        for (int fee = 0; fee < 2; fee++) {
                            cents++;
                        }
                        return cents;
                    }
                """, null)).isEqualTo("""
                    int total(int cents) {
                        {
                            int fee = 10;
                            cents += fee;
                        }
                        for (int fee = 0; fee < 2; fee++) {
                            cents++;
                        }
                        return cents;
                    }
                """);
    }

    @Test
    void aLocalHoldingTheValueIsInlinedAndAPrivateHelperThatDiedGoes() {
        assertThat(removed("""
                    int total(int cents) {
                        boolean useNew = flags.isEnabled("new-checkout");
                        if (useNew) {
                            return cents;
                        }
                        return legacy(cents);
                    }

                    private int legacy(int cents) {
                        return cents * 2;
                    }
                """, null)).isEqualTo("""
                    int total(int cents) {
                        return cents;
                    }
                """);
    }

    @Test
    void aPrivateMethodThatOnlyReadsTheFlagIsInlinedAtItsCalls() {
        assertThat(removed("""
                    String label() {
                        return useNew() ? "new" : "old";
                    }

                    private boolean useNew() {
                        return flags.isEnabled("new-checkout");
                    }
                """, null)).isEqualTo("""
                    String label() {
                        return "new";
                    }
                """);
    }

    @Test
    void whileFalseGoesAndAConstantConditionTheTeamWroteStays() {
        assertThat(removed("""
                    void run(StringBuilder out) {
                        while (flags.isEnabled("new-checkout")) {
                            out.append("x");
                        }
                        if (false) {
                            out.append("debug");
                        }
                    }
                """, "false")).isEqualTo("""
                    void run(StringBuilder out) {
                        if (false) {
                            out.append("debug");
                        }
                    }
                """);
    }

    @Test
    void aCallWhoseValueIsUnusedGoes() {
        assertThat(removed("""
                    void warmUp() {
                        flags.isEnabled("new-checkout");
                    }
                """, null)).isEqualTo("""
                    void warmUp() {
                    }
                """);
    }
}
