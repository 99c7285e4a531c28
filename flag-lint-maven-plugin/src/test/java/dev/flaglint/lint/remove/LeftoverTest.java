package dev.flaglint.lint.remove;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the removal must not rewrite is left as it is and listed, with its place and why. */
class LeftoverTest {

    private static final String IMPORTS = "import dev.flaglint.runtime.FeatureFlags;\nimport java.util.List;\n";

    @TempDir
    Path dir;

    private String body(String methods) {
        return """
                    private final FeatureFlags flags;
                    private boolean cached;

                    App(FeatureFlags flags) {
                        this.flags = flags;
                    }

                """ + methods;
    }

    /** The leftovers in the code (the flags file keeps the flag while there are some: a leftover of its own). */
    static List<Leftover> evaluating(RemovalResult r) {
        return r.leftovers().stream().filter(l -> l.reason() != LeftoverReason.STILL_DECLARED).toList();
    }

    @Test
    void aValueStoredInAFieldPassedOnOrPutInACollectionIsLeftAndListed() {
        String methods = """
                    void a() {
                        cached = flags.isEnabled("new-checkout");
                    }

                    void b(List<Boolean> out) {
                        out.add(flags.isEnabled("new-checkout"));
                    }

                    void c(List<Boolean> out) {
                        boolean on = flags.isEnabled("new-checkout");
                        out.add(on);
                    }
                """;
        RemovalFixture f = new RemovalFixture(dir).mainClass("App", IMPORTS, body(methods));
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(r.leftovers()).extracting(l -> l.line() + ":" + l.column() + " " + l.message()).containsExactly(
                "2:3 the flag stays declared here: code left as it is still evaluates it (3 places); delete the entry"
                        + " once that is gone",
                "15:24 its value is assigned to cached, so the code that reads it later keeps both paths;"
                        + " replace it by hand",
                "19:23 its value is passed to add(...), so the code that reads it later keeps both paths;"
                        + " replace it by hand",
                "23:28 its value is kept in variable 'on', whose value is passed to add(...), so the code that reads it"
                        + " later keeps both paths; replace it by hand");
        assertThat(f.mainClassText("App")).contains("cached = flags.isEnabled(\"new-checkout\");")
                .contains("out.add(flags.isEnabled(\"new-checkout\"));")
                .contains("boolean on = flags.isEnabled(\"new-checkout\");");
        assertThat(f.read("flags.yaml")).isEqualTo(RemovalFixture.FLAGS); // else those calls would get their default
    }

    @Test
    void aCallWhoseArgumentsMayDoSomethingIsLeft() {
        RemovalFixture f = new RemovalFixture(dir).mainClass("App", IMPORTS + "import java.util.Map;\n", body("""
                    boolean a(StringBuilder log) {
                        return flags.isEnabled("new-checkout", Map.of("user_id", log.append("x").toString()));
                    }

                    boolean b(Object user) {
                        return flags.isEnabled("new-checkout", Map.of("user_id", user.toString(), "plan", getPlan()));
                    }

                    private String getPlan() {
                        return "pro";
                    }
                """));
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(evaluating(r)).extracting(Leftover::message).containsExactly(
                "replacing the call would drop log.append(\"x\"), which may have side effects; replace it by hand");
        assertThat(f.mainClassText("App")).contains("    boolean b(Object user) {\n        return true;\n    }\n")
                .doesNotContain("getPlan");
    }

    @Test
    void anOperandThatMayDoSomethingKeepsItsCondition() {
        RemovalFixture f = new RemovalFixture(dir).mainClass("App", IMPORTS, body("""
                    boolean a(List<String> out) {
                        return out.add("x") && flags.isEnabled("new-checkout");
                    }
                """));
        RemovalResult r = f.remove("new-checkout", "false");

        assertThat(r.leftovers()).extracting(Leftover::message).containsExactly("the condition is now constant, but"
                + " out.add(\"x\") may have side effects, so it was kept; simplify it by hand");
        assertThat(f.mainClassText("App")).contains("return out.add(\"x\") && false;");
    }

    @Test
    void aDynamicKeyThatMayBeTheFlagsAndAKeyInAStringAreListed() {
        RemovalFixture f = new RemovalFixture(dir).mainClass("App", IMPORTS, body("""
                    boolean a(String stage) {
                        return flags.isEnabled("new-" + stage);
                    }

                    boolean b(String stage) {
                        return flags.isEnabled("old-" + stage);
                    }

                    String c() {
                        return "new-checkout";
                    }
                """));
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(r.leftovers()).extracting(l -> l.line() + " " + l.reason()).containsExactly(
                "15 DYNAMIC_KEY", "23 KEY_IN_STRING");
        assertThat(r.leftovers().get(0).message()).isEqualTo("the key \"new-\" + stage is only known at run time and may"
                + " be this flag's; check it by hand");
    }

    @Test
    void evaluateReturnsMoreThanTheValueAndIsLeft() {
        RemovalFixture f = new RemovalFixture(dir).mainClass("App", IMPORTS, body("""
                    Object a() {
                        return flags.evaluate("new-checkout", java.util.Map.of());
                    }
                """));
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(evaluating(r)).extracting(Leftover::reason).containsExactly(LeftoverReason.NOT_A_VALUE);
    }

    @Test
    void aWrapperThatNegatesIsNotReplacedButOneThatPassesTheValueOnIs() {
        RemovalFixture f = new RemovalFixture(dir)
                .mainClass("Toggles", IMPORTS, """
                            private final FeatureFlags flags;

                            Toggles(FeatureFlags flags) {
                                this.flags = flags;
                            }

                            boolean isOn(String key) {
                                return flags.isEnabled(key);
                            }

                            boolean isOff(String key) {
                                return !flags.isEnabled(key);
                            }
                        """)
                .mainClass("App", "", """
                            String a(Toggles toggles) {
                                return toggles.isOn("new-checkout") ? "new" : "old";
                            }

                            String b(Toggles toggles) {
                                return toggles.isOff("new-checkout") ? "old" : "new";
                            }
                        """);
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(evaluating(r)).extracting(l -> l.line() + " " + l.message()).containsExactly("10 flag-lint cannot"
                + " tell what isOff(...) returns for the kept value; replace the call by hand");
        assertThat(f.mainClassText("App")).contains("return \"new\";").contains("toggles.isOff(\"new-checkout\")");
    }
}
