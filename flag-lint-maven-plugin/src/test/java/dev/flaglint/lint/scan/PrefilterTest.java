package dev.flaglint.lint.scan;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the prefilter reads from raw bytes: calls, mentions, and the types declared at the top level. */
class PrefilterTest {

    private final Prefilter prefilter = new Prefilter(Set.of("isEnabled"), Set.of("FeatureFlags", "Helper"));

    private Prefilter.Facts scan(String text) {
        return prefilter.scan(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsCallsAndMentionsAsBefore() {
        Prefilter.Facts facts = scan("class A { boolean b(FeatureFlags f) { return f.isEnabled (\"x\"); } }");

        assertThat(facts.calls()).containsExactly("isEnabled");
        assertThat(facts.mentions()).containsExactly("FeatureFlags");
        assertThat(scan("class A { boolean isEnabled; }").calls()).isEmpty();
    }

    @Test
    void namesInCommentsAndLiteralsAreNeitherCallsNorMentions() {
        Prefilter.Facts facts = scan("""
                /** {@link FeatureFlags#isEnabled(String)} */
                class A {
                    // return flags.isEnabled("x");
                    String s = "FeatureFlags isEnabled(\\"y\\")"; /* Helper.isEnabled( */
                    char c = '"'; String t = \"""
                        isEnabled( Helper \\\""" FeatureFlags
                        \""";
                    Helper h; // a mention in code, after all the above
                }
                """);

        assertThat(facts.calls()).isEmpty();
        assertThat(facts.mentions()).containsExactly("Helper");
    }

    @Test
    void findsEveryTypeDeclaredAtTheTopLevel() {
        Prefilter.Facts facts = scan("""
                package com.acme;
                import java.util.List;
                @Deprecated(since = "1") public final class Service<T extends Comparable<T>> {
                    class Inner {}
                    enum Nested { A }
                    Object o = new Object() { class Local {} };
                }
                class Helper { static final String K = "k"; }
                interface Port {}
                @interface Marker {}
                enum Mode { ON, OFF }
                record Pair(int a, int b) { record Deeper() {} }
                sealed interface Shape permits Circle {}
                non-sealed class Circle implements Shape {}
                """);

        assertThat(facts.declares()).containsExactlyInAnyOrder("Service", "Helper", "Port", "Marker", "Mode", "Pair",
                "Shape", "Circle");
    }

    @Test
    void keywordsInCommentsLiteralsAndClassLiteralsDeclareNothing() {
        Prefilter.Facts facts = scan("""
                // class Commented
                /* interface Blocked { } */
                @Ann(value = Other.class, text = "class InString }", c = '"', d = '}', e = '\\'')
                class Real {
                    String block = \"""
                        } class InTextBlock {
                        \""";
                }
                /** enum InJavadoc */
                record Also() {}
                """);

        assertThat(facts.declares()).containsExactlyInAnyOrder("Real", "Also");
    }

    @Test
    void aByteOrderMarkDoesNotHideTheFirstDeclaration() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] code = "class First {} class Second {}".getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[bom.length + code.length];
        System.arraycopy(bom, 0, text, 0, bom.length);
        System.arraycopy(code, 0, text, bom.length, code.length);

        assertThat(prefilter.scan(text).declares()).containsExactlyInAnyOrder("First", "Second");
    }

    @Test
    void unbalancedBracesInBrokenCodeNeverMakeAFileDeclareLess() {
        // A stray closing brace cannot take the depth below the top level.
        assertThat(scan("} } class After {}").declares()).containsExactly("After");
        assertThat(List.copyOf(scan("class A { void f() { } } }}} class B {}").declares()))
                .containsExactlyInAnyOrder("A", "B");
    }
}
