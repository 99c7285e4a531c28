package dev.flaglint.junit;

import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.Flags;
import dev.flaglint.runtime.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Flags with variants in tests: pinned variants, templates over every variant, and failures that say what fits. */
class TypedFlagsExtensionTest {

    private static final Map<String, Object> SOMEONE = Map.of("user_id", "u-1", "plan", "enterprise");

    static void publish(TestReporter reporter, Flags flags) {
        reporter.publishEntry("button", flags.stringValue("checkout-button", SOMEONE, "none"));
        reporter.publishEntry("checkout", flags.isEnabled("new-checkout", SOMEONE) ? "on" : "off");
    }

    @FlagsFrom(resource = "typed-flags.yaml")
    @FlagOverride(flag = "checkout-button", variant = "orange")
    static class PinSample {
        @Test
        void classPin(Flags flags, TestReporter reporter) {
            assertThat(flags.evaluate("checkout-button", SOMEONE).reason()).isEqualTo(Reason.STATIC);
            publish(reporter, flags);
        }

        @Test
        @FlagOverride(flag = "checkout-button", variant = "control")
        @FlagOverride(flag = "new-checkout", enabled = true)
        void methodPins(Flags flags, TestReporter reporter) {
            publish(reporter, flags);
        }

        @BothPaths("checkout-button")
        void everyVariant(FeatureFlags flags, TestReporter reporter) {
            publish(reporter, flags);
        }

        @FlagMatrix(cases = {"checkout-button=green, new-checkout=on", "new-checkout=off"})
        void chosenCases(FeatureFlags flags, TestReporter reporter) {
            publish(reporter, flags);
        }
    }

    @Test
    void variantsArePinnedAndTemplatesRunEachVariant() {
        Events tests = run(PinSample.class);
        tests.assertStatistics(s -> s.started(7).succeeded(7));
        assertThat(FlagsExtensionTest.seenIn(tests)).containsExactlyInAnyOrder(
                Map.entry("classPin(Flags, TestReporter)", "button=orange checkout=off"),
                Map.entry("methodPins(Flags, TestReporter)", "button=blue checkout=on"),
                Map.entry("[checkout-button=control]", "button=blue checkout=off"),
                Map.entry("[checkout-button=green]", "button=green checkout=off"),
                Map.entry("[checkout-button=orange]", "button=orange checkout=off"),
                Map.entry("[checkout-button=green, new-checkout=on]", "button=green checkout=on"),
                Map.entry("[new-checkout=off]", "button=orange checkout=off"));
    }

    @FlagsFrom(resource = "typed-flags.yaml")
    static class MisfitSample {
        @Test
        @FlagOverride(flag = "checkout-button", enabled = false)
        void onOffOfAStringFlag(Flags flags) {
        }

        @Test
        @FlagOverride(flag = "checkout-button", variant = "red")
        void unknownVariant(Flags flags) {
        }

        @FlagMatrix(cases = "checkout-button=red")
        void unknownVariantInACase(Flags flags) {
        }
    }

    @Test
    void aPinThatDoesNotFitTheFlagSaysWhatWould() {
        assertThat(failures(MisfitSample.class)).containsExactlyInAnyOrder(
                "@FlagOverride turns flag 'checkout-button' on or off, but it is a string flag; pin one of its"
                        + " variants instead, e.g. @FlagOverride(flag = \"checkout-button\", variant = \"control\")"
                        + " (its variants: control, green, orange)",
                "@FlagOverride pins flag 'checkout-button' to variant 'red', which it does not declare; its variants:"
                        + " control, green, orange",
                "@FlagMatrix case 'checkout-button=red' must read like 'new-checkout=on, dark-mode=off' (each flag"
                        + " once, a boolean flag on or off, a flag with variants one of them: checkout-button has"
                        + " control, green, orange)");
    }

    @FlagsFrom(resource = "typed-flags.yaml")
    static class FailingSample {
        @BothPaths("new-checkout")
        void assertionFails(Flags flags) {
            assertThat(flags.isEnabled("new-checkout", SOMEONE)).isTrue();
        }

        @FlagMatrix("checkout-button")
        void exceptionThrown(Flags flags) {
            if (flags.stringValue("checkout-button", SOMEONE, "").equals("blue")) {
                throw new IllegalStateException("blue is not allowed");
            }
        }
    }

    @Test
    void aFailingInvocationSaysWhichCombinationFailedAndKeepsItsType() {
        List<Throwable> failures = throwables(FailingSample.class);
        assertThat(failures).hasSize(2);
        assertThat(failures).anySatisfy(t -> {
            assertThat(t).isInstanceOf(org.opentest4j.AssertionFailedError.class);
            assertThat(t.getMessage()).startsWith("[new-checkout=off] Expecting value to be true but was false");
            assertThat(((org.opentest4j.AssertionFailedError) t).getExpected().getValue()).isEqualTo(true);
            assertThat(t.getStackTrace()[0].getMethodName()).isNotEqualTo("named");
        });
        assertThat(failures).anySatisfy(t -> {
            assertThat(t).isInstanceOf(IllegalStateException.class).hasMessage("blue is not allowed");
            assertThat(t.getSuppressed()).extracting(Throwable::getMessage)
                    .containsExactly("in flag combination [checkout-button=control]");
        });
    }

    private static Events run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute().testEvents();
    }

    private static List<Throwable> throwables(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute().allEvents().failed()
                .stream().map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .toList();
    }

    /** The failures' messages, without JUnit's "Failed to resolve parameter [...]: " in front of a resolver's own. */
    private static List<String> failures(Class<?> sample) {
        return throwables(sample).stream().map(Throwable::getMessage)
                .map(m -> m.startsWith("Failed to resolve parameter") ? m.substring(m.indexOf("]: ") + 3) : m)
                .toList();
    }
}
