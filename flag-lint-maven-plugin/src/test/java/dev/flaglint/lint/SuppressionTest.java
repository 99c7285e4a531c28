package dev.flaglint.lint;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @SuppressWarnings("flag-lint:<rule>")} on an enclosing declaration turns a rule off at a call site. */
class SuppressionTest {

    @TempDir
    Path dir;

    private static final String FLAGS = """
            flags:
              old-flag:
                owner: payments-team
                created: 2026-01-15
                expires: 2026-04-01
                ticket: PAY-1234
            """;

    private List<String> lint(String java) {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS, "src/main/java/com/acme/App.java", java));
        LintResult result = new FlagLinter().lint(Projects.request(module));
        return result.findings().stream().map(f -> f.rule() + "@" + f.line()).toList();
    }

    @Test
    void onTheMethodForOneRule() {
        assertThat(lint("""
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;

                class App {
                    @SuppressWarnings("flag-lint:expired")
                    void legacy(FeatureFlags flags) {
                        flags.isEnabled("old-flag");
                        flags.isEnabled("not-declared");
                    }

                    void current(FeatureFlags flags) {
                        flags.isEnabled("old-flag");
                    }
                }
                """)).containsExactly("undeclared@9", "expired@13");
    }

    @Test
    void onTheClassForAllRulesAndOnFieldsAndLocals() {
        assertThat(lint("""
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;

                @SuppressWarnings({"unchecked", "flag-lint"})
                class App {
                    void a(FeatureFlags flags, String name) {
                        flags.isEnabled("old-flag");
                        flags.isEnabled(name);
                    }
                }

                class Other {
                    @java.lang.SuppressWarnings(value = "flag-lint:expired")
                    private final boolean onField = FeatureFlags.fromClasspath().isEnabled("old-flag");

                    void b(FeatureFlags flags) {
                        @SuppressWarnings("flag-lint:undeclared") boolean x = flags.isEnabled("not-declared");
                        boolean y = flags.isEnabled("also-not-declared");
                    }
                }
                """)).containsExactly("undeclared@19");
    }

    @Test
    void otherRulesAndOtherValuesAreNotSuppressed() {
        assertThat(lint("""
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;

                class App {
                    @SuppressWarnings({"flag-lint:undeclared", "deprecation", "flaglint:expired"})
                    void a(FeatureFlags flags) {
                        flags.isEnabled("old-flag");
                    }
                }
                """)).containsExactly("expired@8");
    }

    @Test
    void theCallSiteRecordsWhatIsSuppressed() {
        Path module = Projects.write(dir, Map.of("flags.yaml", FLAGS, "src/main/java/com/acme/App.java", """
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;

                @SuppressWarnings("flag-lint:unused")
                class App {
                    @SuppressWarnings({"flag-lint:expired", "flag-lint:dynamic-key"})
                    void a(FeatureFlags flags) {
                        flags.isEnabled("old-flag");
                    }
                }
                """));

        CallSite site = new FlagLinter().lint(Projects.request(module)).callSites().get(0);

        assertThat(site.suppressed()).containsExactlyInAnyOrder("expired", "dynamic-key", "unused");
        assertThat(site.suppresses(RuleId.EXPIRED)).isTrue();
        assertThat(site.suppresses(RuleId.UNDECLARED)).isFalse();
    }
}
