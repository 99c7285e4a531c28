package dev.flaglint.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flag-runtime preset names the {@code Flags} interface and its library implementations; a call is
 * reported under the API of the receiver's own type, so reports name what the code declares.
 */
class FlagRuntimePresetTest {

    @TempDir
    Path dir;

    @Test
    void callsThroughTheInterfacesItsImplementationsAndATeamsOwnImplementationAreCallSites() {
        Projects.write(dir, Map.of("src/main/java/com/acme/App.java", """
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;
                import dev.flaglint.runtime.Flags;
                import dev.flaglint.runtime.ObservableFlags;
                import dev.flaglint.runtime.ReloadingFeatureFlags;
                import dev.flaglint.runtime.remote.RemoteFlags;

                class App {
                    void run(Flags flags, FeatureFlags snapshot, ReloadingFeatureFlags live, TeamFlags team,
                             RemoteFlags remote, ObservableFlags observed) {
                        flags.isEnabled("a");
                        snapshot.evaluate("b", java.util.Map.of());
                        live.isEnabled("c");
                        team.isEnabled("d");
                        remote.stringValue("e", java.util.Map.of(), "blue");
                        observed.isEnabled("f");
                    }
                }
                """, "src/main/java/com/acme/TeamFlags.java", """
                package com.acme;

                import dev.flaglint.runtime.Evaluation;
                import dev.flaglint.runtime.Flags;

                abstract class TeamFlags implements Flags {
                }
                """));
        LintRequest request = Projects.request(dir).toBuilder().apis(Presets.byName("flag-runtime").orElseThrow())
                .build();

        LintResult result = new FlagLinter().lint(request);

        assertThat(result.callSites()).extracting(s -> s.key() + " " + s.api()).containsExactly(
                "a dev.flaglint.runtime.Flags#isEnabled",
                "b dev.flaglint.runtime.FeatureFlags#evaluate",
                "c dev.flaglint.runtime.ReloadingFeatureFlags#isEnabled",
                "d dev.flaglint.runtime.Flags#isEnabled",
                "e dev.flaglint.runtime.remote.RemoteFlags#stringValue",
                "f dev.flaglint.runtime.ObservableFlags#isEnabled");
    }

    @Test
    void everyTypedMethodIsACallSiteThatSaysWhichTypeItReads() {
        Projects.write(dir, Map.of("src/main/java/com/acme/App.java", """
                package com.acme;

                import dev.flaglint.runtime.FlagContext;
                import dev.flaglint.runtime.Flags;
                import java.util.Map;

                class App {
                    Class<?> someType;

                    void run(Flags flags, FlagContext ctx) {
                        flags.stringValue("s", ctx, "x");
                        flags.intValue("i", ctx, 1);
                        flags.doubleDetails("d", ctx, 1.5);
                        flags.value("v", ctx, Integer.class, 0);
                        flags.valueDetails("w", ctx, java.lang.Long.class, 0L);
                        flags.value("m", ctx, Map.class, Map.of());
                        flags.value("o", ctx, Object.class, null);
                        flags.value("t", ctx, someType, null);
                        flags.variant("n", ctx);
                        flags.booleanDetails("b", ctx, false);
                        flags.evaluate("e", ctx);
                        isOn("wrapped");
                    }

                    boolean isOn(String key) {
                        return flags().isEnabled(key, Map.of());
                    }

                    Flags flags() {
                        return null;
                    }
                }
                """));
        LintRequest request = Projects.request(dir).toBuilder().apis(Presets.byName("flag-runtime").orElseThrow())
                .build();

        LintResult result = new FlagLinter().lint(request);

        assertThat(result.callSites()).extracting(s -> s.key() + " " + s.method() + " " + s.reads()).containsExactly(
                "s stringValue STRING", "i intValue INTEGER", "d doubleDetails NUMBER", "v value INTEGER",
                "w valueDetails LONG", "m value OBJECT", "o value null", "t value null", "n variant null",
                "b booleanDetails BOOLEAN", "e evaluate null", "wrapped isOn BOOLEAN");
    }
}
