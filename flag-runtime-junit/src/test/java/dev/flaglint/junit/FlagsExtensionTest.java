package dev.flaglint.junit;

import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.Flags;
import dev.flaglint.runtime.Reason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs sample test classes through the real Jupiter engine and checks how many invocations ran, their
 * names, and which flag values each one saw (the samples publish them as report entries).
 */
class FlagsExtensionTest {

    private static final Map<String, Object> SOMEONE = Map.of("user_id", "u-1", "plan", "free");

    /** Publishes what the test sees, so the outer test can check it per invocation. */
    static void publish(TestReporter reporter, Flags flags, String... keys) {
        for (String key : keys) {
            reporter.publishEntry(key, flags.isEnabled(key, SOMEONE) ? "on" : "off");
        }
    }

    static class BothPathsSample {
        @BothPaths("new-checkout")
        void checkout(FeatureFlags flags, TestReporter reporter) {
            assertThat(flags.evaluate("new-checkout", SOMEONE).reason()).isEqualTo(Reason.STATIC);
            publish(reporter, flags, "new-checkout");
        }
    }

    @Test
    void bothPathsRunsOnceOnAndOnceOff() {
        Events tests = run(BothPathsSample.class);
        tests.assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertThat(seen(tests)).containsExactly(
                Map.entry("[new-checkout=on]", "new-checkout=on"),
                Map.entry("[new-checkout=off]", "new-checkout=off"));
    }

    static class MatrixSample {
        @FlagMatrix({"new-checkout", "dark-mode"})
        void both(Flags flags, TestReporter reporter) {
            publish(reporter, flags, "new-checkout", "dark-mode", "search-v2");
        }
    }

    @Test
    void matrixRunsEveryCombinationAndLeavesOtherFlagsAsInTheFile() {
        Events tests = run(MatrixSample.class);
        tests.assertStatistics(s -> s.started(4).succeeded(4));
        assertThat(seen(tests)).containsExactly(
                Map.entry("[new-checkout=on, dark-mode=on]", "dark-mode=on new-checkout=on search-v2=on"),
                Map.entry("[new-checkout=on, dark-mode=off]", "dark-mode=off new-checkout=on search-v2=on"),
                Map.entry("[new-checkout=off, dark-mode=on]", "dark-mode=on new-checkout=off search-v2=on"),
                Map.entry("[new-checkout=off, dark-mode=off]", "dark-mode=off new-checkout=off search-v2=on"));
    }

    static class CasesSample {
        @FlagMatrix(cases = {"dark-mode=on, search-v2=off", "new-checkout=true"})
        void chosen(FeatureFlags flags, TestReporter reporter) {
            publish(reporter, flags, "new-checkout", "dark-mode", "search-v2");
        }
    }

    @Test
    void matrixCasesRunOnlyTheChosenCombinations() {
        Events tests = run(CasesSample.class);
        tests.assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(seen(tests)).containsExactly(
                // new-checkout unpinned: the file's rule + rollout 0 gives off for a free plan
                Map.entry("[dark-mode=on, search-v2=off]", "dark-mode=on new-checkout=off search-v2=off"),
                Map.entry("[new-checkout=on]", "dark-mode=off new-checkout=on search-v2=on"));
    }

    @FlagOverride(flag = "dark-mode", enabled = true)
    @FlagOverride(flag = "search-v2", enabled = false)
    static class OverrideSample {
        @Test
        void classPins(FeatureFlags flags, TestReporter reporter) {
            publish(reporter, flags, "dark-mode", "search-v2", "new-checkout");
        }

        @Test
        @FlagOverride(flag = "dark-mode", enabled = false)
        void methodPinWins(Flags flags, TestReporter reporter) {
            publish(reporter, flags, "dark-mode", "search-v2");
        }

        @BothPaths("search-v2")
        void matrixWinsOverPins(FeatureFlags flags, TestReporter reporter) {
            publish(reporter, flags, "dark-mode", "search-v2");
        }

        @Test
        void realRulesStillApplyToUnpinnedFlags(Flags flags) {
            assertThat(flags.isEnabled("new-checkout", Map.of("plan", "enterprise"))).isTrue();
            assertThat(flags.evaluate("new-checkout", Map.of("plan", "enterprise")).reason())
                    .isEqualTo(Reason.TARGETING_MATCH);
        }

        @Nested
        @FlagOverride(flag = "search-v2", enabled = true)
        class Inner {
            @Test
            void innerClassPinWinsOverOuter(FeatureFlags flags, TestReporter reporter) {
                publish(reporter, flags, "dark-mode", "search-v2");
            }
        }
    }

    @Test
    void overridesApplyFromOuterClassToMethodToMatrix() {
        Events tests = run(OverrideSample.class);
        tests.assertStatistics(s -> s.started(6).succeeded(6));
        assertThat(seen(tests)).containsExactlyInAnyOrder( // JUnit's method order is not the source order
                Map.entry("classPins(FeatureFlags, TestReporter)", "dark-mode=on new-checkout=off search-v2=off"),
                Map.entry("methodPinWins(Flags, TestReporter)", "dark-mode=off search-v2=off"),
                Map.entry("[search-v2=on]", "dark-mode=on search-v2=on"),
                Map.entry("[search-v2=off]", "dark-mode=on search-v2=off"),
                Map.entry("innerClassPinWinsOverOuter(FeatureFlags, TestReporter)", "dark-mode=on search-v2=on"));
    }

    @FlagsFrom(path = "src/test/resources/flags.yaml", environment = "staging")
    static class FileAndEnvironmentSample {
        @Test
        void stagingRollsOutToEveryone(FeatureFlags flags) {
            assertThat(flags.environment()).isEqualTo("staging");
            assertThat(flags.isEnabled("new-checkout", SOMEONE)).isTrue();
        }
    }

    @Test
    void flagsFromChoosesTheFileAndTheEnvironment() {
        run(FileAndEnvironmentSample.class).assertStatistics(s -> s.started(1).succeeded(1));
    }

    static class TypoSample {
        @BothPaths("new-chekout")
        void typo(FeatureFlags flags) {
        }

        @Test
        @FlagOverride(flag = "dark-mod", enabled = true)
        void typoInOverride(FeatureFlags flags) {
        }
    }

    @Test
    void aPinnedKeyTheFileDoesNotDeclareFailsClearly() {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(TypoSample.class)).execute()
                .allEvents();
        List<String> failures = events.failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow().getMessage())
                .toList();
        assertThat(failures).hasSize(2);
        assertThat(failures).anySatisfy(m -> assertThat(m).contains("@FlagMatrix/@BothPaths names flag 'new-chekout'")
                .contains("classpath:flags.yaml does not declare").contains("[dark-mode, new-checkout, search-v2]"));
        assertThat(failures).anySatisfy(m -> assertThat(m).contains("@FlagOverride names flag 'dark-mod'"));
    }

    @FlagsFrom(resource = "missing-flags.yaml")
    static class MissingResourceSample {
        @Test
        void needsFlags(FeatureFlags flags) {
        }
    }

    @Test
    void aMissingExplicitResourceFailsTheTest() {
        run(MissingResourceSample.class).assertStatistics(s -> s.started(1).failed(1));
    }

    static class ParallelSample {
        @FlagMatrix({"new-checkout", "dark-mode", "search-v2"})
        void eachInvocationSeesItsOwnFlags(FeatureFlags flags, org.junit.jupiter.api.TestInfo info)
                throws InterruptedException {
            for (int i = 0; i < 200; i++) {
                for (String key : List.of("new-checkout", "dark-mode", "search-v2")) {
                    boolean expected = info.getDisplayName().contains(key + "=on");
                    assertThat(flags.isEnabled(key, SOMEONE)).as(key).isEqualTo(expected);
                }
                Thread.yield();
            }
        }
    }

    @Test
    void invocationsRunningInParallelEachSeeTheirOwnCombination() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .selectors(selectClass(ParallelSample.class))
                .execute().testEvents();
        tests.assertStatistics(s -> s.started(8).succeeded(8).failed(0));
    }

    @Test
    void combinationsAndCasesParse() {
        assertThat(FlagCombinations.all(List.of("a", "b"), "@X").stream().map(FlagCombinations::displayName))
                .containsExactly("[a=on, b=on]", "[a=on, b=off]", "[a=off, b=on]", "[a=off, b=off]");
        assertThat(FlagCombinations.parseCase(" a = ON ,b=false")).containsExactly(Map.entry("a", true),
                Map.entry("b", false));
        for (String bad : new String[] {"a", "a=maybe", "=on", "a=on, a=off"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> FlagCombinations.parseCase(bad))
                    .hasMessageContaining("must read like");
        }
    }

    private static Events run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute().testEvents();
    }

    /** Display name of each test → the flag values it published, sorted by key; in execution order. */
    static List<Map.Entry<String, String>> seenIn(Events events) {
        return seen(events);
    }

    private static List<Map.Entry<String, String>> seen(Events events) {
        Map<String, Map<String, String>> byTest = new java.util.LinkedHashMap<>();
        for (Event e : events.list()) {
            e.getPayload(ReportEntry.class).ifPresent(entry -> byTest
                    .computeIfAbsent(e.getTestDescriptor().getDisplayName(), k -> new TreeMap<>())
                    .putAll(entry.getKeyValuePairs()));
        }
        return byTest.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().entrySet().stream()
                        .map(kv -> kv.getKey() + "=" + kv.getValue()).collect(Collectors.joining(" "))))
                .toList();
    }
}
