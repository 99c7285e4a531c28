package dev.flaglint.lint.remove;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every line the removal has no reason to touch keeps its bytes: CRLF, tabs, odd spacing, comments, Unicode. */
class UntouchedLinesTest {

    @TempDir
    Path dir;

    @Test
    void crlfTabsAndOddSpacingStayAsTheyAre() {
        String before = String.join("\r\n",
                "package com.acme;",
                "",
                "import dev.flaglint.runtime.FeatureFlags;",
                "",
                "/**  Prices — with   odd  spacing.  */",
                "class App {",
                "\tprivate final FeatureFlags flags ;   // trailing  ",
                "",
                "\tApp(FeatureFlags flags) { this.flags = flags; }",
                "",
                "\tint total( int cents ){",
                "\t\tif (flags.isEnabled(\"new-checkout\")) {",
                "\t\t\treturn cents - 1;   // the new way",
                "\t\t}",
                "\t\treturn cents;",
                "\t}",
                "",
                "\tString name() {   return \"Zoë\" ;   }",
                "}",
                "");
        RemovalFixture f = new RemovalFixture(dir).file("src/main/java/com/acme/App.java", before);
        f.remove("new-checkout", null);

        assertThat(f.mainClassText("App")).isEqualTo(String.join("\r\n",
                "package com.acme;",
                "",
                "import dev.flaglint.runtime.FeatureFlags;",
                "",
                "/**  Prices — with   odd  spacing.  */",
                "class App {",
                "\tprivate final FeatureFlags flags ;   // trailing  ",
                "",
                "\tApp(FeatureFlags flags) { this.flags = flags; }",
                "",
                "\tint total( int cents ){",
                "\t\treturn cents - 1;   // the new way",
                "\t}",
                "",
                "\tString name() {   return \"Zoë\" ;   }",
                "}",
                ""));
    }

    @Test
    void aFileThatIsNotUtf8IsNeverWrittenAndItsCallsAreListed() throws IOException {
        String app = "src/main/java/com/acme/App.java";
        byte[] latin1 = """
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;

                class App {
                    // caf\u00e9
                    boolean on(FeatureFlags flags) {
                        return flags.isEnabled("new-checkout");
                    }
                }
                """.getBytes(StandardCharsets.ISO_8859_1);
        RemovalFixture f = new RemovalFixture(dir).bytes(app, latin1);

        RemovalResult r = f.remove("new-checkout", null);

        assertThat(Files.readAllBytes(dir.resolve(app))).isEqualTo(latin1);
        assertThat(r.leftovers()).extracting(l -> l.line() + " " + l.message()).containsExactly(
                "2 the flag stays declared here: code left as it is still evaluates it (1 place); delete the entry once"
                        + " that is gone",
                "8 the file is not valid UTF-8; the file was left as it is");
    }

    @Test
    void aStringVariantBecomesItsLiteralAndComparisonsWithItFold() {
        RemovalFixture f = new RemovalFixture(dir).file("flags.yaml", """
                flags:
                  checkout-button:
                    owner: growth
                    created: 2026-01-01
                    expires: 2026-12-01
                    ticket: GROW-1
                    variants: { control: blue, green: green }
                    default_variant: control
                    rollout: { control: 0, green: 100 }
                """).mainClass("App", "import dev.flaglint.runtime.FeatureFlags;\nimport java.util.Map;\n", """
                    String color(FeatureFlags flags) {
                        return flags.stringValue("checkout-button", Map.of(), "blue");
                    }

                    String label(FeatureFlags flags) {
                        if ("green".equals(flags.stringValue("checkout-button", Map.of(), "blue"))) {
                            return "Go";
                        }
                        return "Buy";
                    }
                """);
        RemovalResult r = f.remove("checkout-button", null);

        assertThat(r.kept().describe()).isEqualTo("green (\"green\")");
        assertThat(f.mainClassText("App")).isEqualTo("""
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;

                class App {
                    String color(FeatureFlags flags) {
                        return "green";
                    }

                    String label(FeatureFlags flags) {
                        return "Go";
                    }
                }
                """);
    }
}
