package dev.flaglint.junit;

import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.Flags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A test that asks for Flags without registering the extension: with JUnit's auto-detection switched on it gets
 * them; otherwise its failure says what to add.
 */
class RegistrationTest {

    /** No annotation of ours: nothing registers the extension. */
    static class PlainSample {
        @Test
        void needsFlags(FeatureFlags flags) {
            assertThat(flags.keys()).contains("new-checkout");
        }

        @Test
        void needsTheInterface(Flags flags) {
            assertThat(flags.isEnabled("search-v2")).isTrue();
        }
    }

    @Test
    void withAutoDetectionSwitchedOnTheExtensionRegistersItself() {
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .selectors(selectClass(PlainSample.class)).execute().testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(ServiceLoader.load(Extension.class).stream().map(ServiceLoader.Provider::type))
                .contains(FlagsExtension.class);
    }

    @Test
    void withoutItTheFailureSaysWhatToAddOncePerRun() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        MissingExtensionHint hint = new MissingExtensionHint(new PrintStream(printed, true, StandardCharsets.UTF_8));
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());

        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(PlainSample.class))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false").build(),
                hint, summary);

        assertThat(summary.getSummary().getTotalFailureCount()).isEqualTo(2);
        summary.getSummary().getFailures().forEach(f -> {
            assertThat(f.getException().getMessage()).startsWith("No ParameterResolver registered for parameter"
                    + " [dev.flaglint.runtime.");
            assertThat(f.getException().getSuppressed()).singleElement().extracting(Throwable::getMessage)
                    .asString().contains("asks for Flags or FeatureFlags, but FlagsExtension is not registered")
                    .contains("Add @ExtendWith(dev.flaglint.junit.FlagsExtension.class) to the test class")
                    .contains("junit.jupiter.extensions.autodetection.enabled=true");
        });
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).startsWith("flag-runtime-junit: test needs");
        assertThat(ServiceLoader.load(TestExecutionListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(MissingExtensionHint.class);
    }
}
