package dev.flaglint.lint;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.KeyResolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated code nests deeper than anyone writes by hand: the check reads it (or reports the file
 * it cannot), and never runs out of stack.
 */
class DeepNestingTest {

    @TempDir
    Path dir;

    private LintResult lint(String body) {
        Projects.write(dir, Map.of("src/main/java/com/acme/Generated.java", """
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;

                class Generated {
                    void run(FeatureFlags flags) {
                %s
                    }
                }
                """.formatted(body)));
        return new FlagLinter().lint(Projects.request(dir));
    }

    private static CallSite onlySite(LintResult result) {
        assertThat(result.findings()).noneMatch(f -> f.rule().id().equals("parse-error"));
        assertThat(result.callSites()).hasSize(1);
        return result.callSites().get(0);
    }

    @Test
    void twoThousandNestedBlocks() {
        CallSite site = onlySite(lint("{".repeat(2_000) + " flags.isEnabled(\"deep-block\"); " + "}".repeat(2_000)));

        assertThat(site.key()).isEqualTo("deep-block");
        assertThat(site.line()).isEqualTo(7);
    }

    @Test
    void aFiveThousandTermConcatenationOfLiteralsResolves() {
        CallSite site = onlySite(lint("flags.isEnabled(\"k\"" + " + \"-x\"".repeat(5_000) + ");"));

        assertThat(site.key()).isEqualTo("k" + "-x".repeat(5_000));
        assertThat(site.resolution()).isEqualTo(KeyResolution.CONCATENATION);
    }

    @Test
    void aFiveThousandTermConcatenationWithAVariableIsADynamicKeyWithItsPattern() {
        CallSite site = onlySite(lint("String v = String.valueOf(System.nanoTime());\n"
                + "flags.isEnabled(\"k.\" + v" + " + \".x\"".repeat(5_000) + ");"));

        assertThat(site.key()).isNull();
        assertThat(site.pattern()).isEqualTo("k.*" + ".x".repeat(5_000));
    }

    @Test
    void fiveThousandParentheses() {
        CallSite site = onlySite(lint("flags.isEnabled(" + "(".repeat(5_000) + "\"in-parens\"" + ")".repeat(5_000)
                + ");"));

        assertThat(site.key()).isEqualTo("in-parens");
    }

    @Test
    void aThousandNestedLambdas() {
        StringBuilder body = new StringBuilder("Runnable r = ");
        for (int i = 0; i < 1_000; i++) {
            body.append("() -> { Runnable r").append(i).append(" = ");
        }
        body.append("() -> flags.isEnabled(\"in-lambdas\");").append(" };".repeat(1_000));

        assertThat(onlySite(lint(body.toString())).key()).isEqualTo("in-lambdas");
    }

    @Test
    void aConcatenationNestedToTheRightBeyondTheResolversDepthIsDynamicNotACrash() {
        // "a" + ("a" + ("a" + ...)): each term one level deeper, which the resolver does not follow for ever.
        String key = "(\"a\" + ".repeat(1_000) + "\"a\"" + ")".repeat(1_000);

        CallSite site = onlySite(lint("flags.isEnabled(" + key + ");"));

        assertThat(site.key()).isNull();
        assertThat(site.resolution()).isEqualTo(KeyResolution.DYNAMIC);
    }
}
