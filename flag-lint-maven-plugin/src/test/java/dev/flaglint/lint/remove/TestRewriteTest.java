package dev.flaglint.lint.remove;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.KeyResolution;
import dev.flaglint.lint.model.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests follow the code: stubs, verifications and pins of the flag go, and so do tests of the removed value. */
class TestRewriteTest {

    private static final String TEST = "src/test/java/com/acme/AppTest.java";

    @TempDir
    Path dir;

    @Test
    void mockitoStubsOfTheKeptValueGoAndTestsStubbingTheOtherValueGo() {
        RemovalFixture f = new RemovalFixture(dir).file(TEST, """
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;
                import org.junit.jupiter.api.BeforeEach;
                import org.junit.jupiter.api.Test;

                import static org.mockito.BDDMockito.given;
                import static org.mockito.Mockito.mock;
                import static org.mockito.Mockito.when;

                class AppTest {
                    private final FeatureFlags flags = mock(FeatureFlags.class);

                    @BeforeEach
                    void setUp() {
                        when(flags.isEnabled("other")).thenReturn(true);
                    }

                    @Test
                    void newTotal() {
                        when(flags.isEnabled("new-checkout")).thenReturn(true);
                        App app = new App(flags);
                        app.run();
                    }

                    /** The old flow. */
                    @Test
                    void legacyTotal() {
                        given(flags.isEnabled("new-checkout")).willReturn(false);
                        new App(flags).run();
                    }
                }
                """);
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(f.read(TEST)).isEqualTo("""
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;
                import org.junit.jupiter.api.BeforeEach;
                import org.junit.jupiter.api.Test;

                import static org.mockito.Mockito.mock;
                import static org.mockito.Mockito.when;

                class AppTest {
                    private final FeatureFlags flags = mock(FeatureFlags.class);

                    @BeforeEach
                    void setUp() {
                        when(flags.isEnabled("other")).thenReturn(true);
                    }

                    @Test
                    void newTotal() {
                        App app = new App(flags);
                        app.run();
                    }
                }
                """);
        assertThat(r.removedTests()).extracting(t -> t.name() + " " + t.line() + ": " + t.reason())
                .containsExactly("AppTest.legacyTotal 27: it stubs the flag with willReturn(false)");
        assertThat(r.leftovers()).isEmpty();
    }

    @Test
    void verificationsDoReturnStubsAndMatcherKeysAsTheCheckFindsThem() {
        RemovalFixture f = new RemovalFixture(dir).file(TEST, """
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;
                import org.junit.jupiter.api.Test;

                import static org.mockito.ArgumentMatchers.any;
                import static org.mockito.ArgumentMatchers.eq;
                import static org.mockito.Mockito.doReturn;
                import static org.mockito.Mockito.mock;
                import static org.mockito.Mockito.never;
                import static org.mockito.Mockito.verify;
                import static org.mockito.Mockito.when;

                class AppTest {
                    private final FeatureFlags flags = mock(FeatureFlags.class);

                    @Test
                    void newFlow() {
                        when(flags.isEnabled(eq("new-checkout"), any())).thenReturn(true);
                        new App(flags).run();
                        verify(flags).isEnabled(eq("new-checkout"), any());
                        verify(flags, never()).isEnabled("other");
                    }

                    @Test
                    void oldFlow() {
                        doReturn(false).when(flags).isEnabled("new-checkout");
                        new App(flags).run();
                    }
                }
                """);
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(f.read(TEST)).isEqualTo("""
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;
                import org.junit.jupiter.api.Test;

                import static org.mockito.Mockito.mock;
                import static org.mockito.Mockito.never;
                import static org.mockito.Mockito.verify;

                class AppTest {
                    private final FeatureFlags flags = mock(FeatureFlags.class);

                    @Test
                    void newFlow() {
                        new App(flags).run();
                        verify(flags, never()).isEnabled("other");
                    }
                }
                """);
        assertThat(r.removedTests()).extracting(RemovedTest::name).containsExactly("AppTest.oldFlow");
        assertThat(r.leftovers()).isEmpty();
    }

    /**
     * Forms whose receiver is a Mockito call ({@code verify(mock)}, {@code doReturn(x).when(mock)}) or whose key is a
     * matcher ({@code eq("key")}): given as call sites, as the check reports them once it resolves them.
     */
    @Test
    void verificationsAndDoReturnStubsAndMatcherKeysFollowTheSameRules() {
        String source = """
                class AppTest {
                    @Test
                    void a() {
                        when(flags.isEnabled(eq("new-checkout"), any())).thenReturn(true);
                        run();
                        verify(flags, times(1)).isEnabled("new-checkout");
                        then(flags).should().isEnabled("new-checkout");
                    }

                    @Test
                    void b() {
                        doReturn(false).when(flags).isEnabled("new-checkout");
                        run();
                    }

                    @Test
                    void c() {
                        lenient().when(flags.isEnabled("new-checkout")).thenAnswer(i -> true);
                    }
                }
                """;
        JavaFile file = new JavaFile(dir.resolve("AppTest.java"), "AppTest.java", true, source);
        JavaParser parser = new JavaParser();
        CompilationUnit unit = file.parse(parser).orElseThrow();
        SourceText text = new SourceText(source);
        List<dev.flaglint.lint.model.CallSite> sites = new ArrayList<>();
        unit.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("isEnabled"))
                .forEach(c -> sites.add(new CallSite("AppTest.java",
                        c.getName().getBegin().orElseThrow().line, c.getName().getBegin().orElseThrow().column,
                        "new-checkout", c.getArgument(0).toString(), KeyResolution.LITERAL, null,
                        "dev.flaglint.runtime.FeatureFlags#isEnabled", ApiOrigin.FLAG_RUNTIME,
                        true, Set.of(), ValueKind.BOOLEAN)));
        KeptValue kept = KeptValue.of("new-checkout", null, "true");
        TestMethods tests = new TestMethods();
        CallSiteRewrite rewrite = new CallSiteRewrite(kept, new ValueReturns(List.of(), Map.of(),
                List.of(), p -> Optional.empty()), tests);

        List<Edit> edits = new ArrayList<>(rewrite.edits(file, unit, text, sites));
        edits.sort(Comparator.comparingInt((Edit e) -> e.end() - e.begin()).reversed());
        file.apply(edits);

        assertThat(file.content()).isEqualTo("""
                class AppTest {
                    @Test
                    void a() {
                        run();
                    }

                    @Test
                    void c() {
                        lenient().when(flags.isEnabled("new-checkout")).thenAnswer(i -> true);
                    }
                }
                """);
        assertThat(file.removedTests()).extracting(RemovedTest::name).containsExactly("AppTest.b");
        assertThat(file.leftovers(false)).extracting(l -> l.line() + ":" + l.column() + " " + l.message()).containsExactly(
                "9:30 the stub answers thenAnswer[i -> true], which flag-lint cannot compare with the kept value;"
                        + " remove it by hand");
    }

    @Test
    void pinsOfTheKeptValueGoTestsPinningTheOtherValueGoBothPathsBecomesATest() {
        RemovalFixture f = new RemovalFixture(dir).file(TEST, """
                package com.acme;

                import dev.flaglint.junit.BothPaths;
                import dev.flaglint.junit.FlagMatrix;
                import dev.flaglint.junit.FlagOverride;
                import dev.flaglint.runtime.FeatureFlags;
                import org.junit.jupiter.api.Test;

                class AppTest {

                    @BothPaths("new-checkout")
                    void totalIsRight(FeatureFlags flags) {
                        if (flags.isEnabled("new-checkout")) {
                            check(1);
                        } else {
                            check(2);
                        }
                    }

                    @Test
                    @FlagOverride(flag = "new-checkout", enabled = false)
                    void legacy(FeatureFlags flags) {
                        check(2);
                    }

                    @Test
                    @FlagOverride(flag = "new-checkout")
                    void modern(FeatureFlags flags) {
                        check(1);
                    }

                    @FlagMatrix({"new-checkout", "other"})
                    void combined(FeatureFlags flags) {
                        check(3);
                    }

                    private void check(int n) {
                    }
                }
                """);
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(f.read(TEST)).isEqualTo("""
                package com.acme;

                import dev.flaglint.junit.FlagMatrix;
                import dev.flaglint.junit.FlagsExtension;
                import dev.flaglint.runtime.FeatureFlags;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.extension.ExtendWith;

                class AppTest {

                    @Test
                    @ExtendWith(FlagsExtension.class)
                    void totalIsRight(FeatureFlags flags) {
                        check(1);
                    }

                    @Test
                    @ExtendWith(FlagsExtension.class)
                    void modern(FeatureFlags flags) {
                        check(1);
                    }

                    @FlagMatrix("other")
                    void combined(FeatureFlags flags) {
                        check(3);
                    }

                    private void check(int n) {
                    }
                }
                """);
        assertThat(r.removedTests()).extracting(t -> t.name() + ": " + t.reason())
                .containsExactly("AppTest.legacy: it pins the flag with @FlagOverride(flag = \"new-checkout\","
                        + " enabled = false)");
    }

    @Test
    void aSetUpStubbingTheRemovedValueIsLeftToAPerson() {
        RemovalFixture f = new RemovalFixture(dir).file(TEST, """
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;
                import org.junit.jupiter.api.BeforeEach;

                import static org.mockito.Mockito.when;

                class AppTest {
                    FeatureFlags flags;

                    @BeforeEach
                    void setUp() {
                        when(flags.isEnabled("new-checkout")).thenReturn(false);
                    }
                }
                """);
        RemovalResult r = f.remove("new-checkout", null);

        assertThat(LeftoverTest.evaluating(r)).extracting(l -> l.file() + ":" + l.line() + " " + l.message()).containsExactly(
                TEST + ":13 setUp() with thenReturn(false) pins the flag to the removed value for more than one test;"
                        + " rewrite those tests by hand");
    }
}
