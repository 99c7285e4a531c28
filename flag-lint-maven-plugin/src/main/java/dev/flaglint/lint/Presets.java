package dev.flaglint.lint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flag APIs of well-known SDKs, selectable by name so a team on one needs no {@code <apis>} list.
 * Each lists the SDK's receiver types (classes and the interfaces code usually declares) and the
 * methods whose first argument is the flag key.
 */
public final class Presets {

    private static final Map<String, List<FlagApi>> PRESETS = build();

    private static Map<String, List<FlagApi>> build() {
        Map<String, List<FlagApi>> presets = new LinkedHashMap<>();
        // The interface is the API; its library implementations are listed too because the scan sees
        // only the sources' type hierarchy, and flag-runtime usually arrives as a jar.
        Set<String> flagRuntime = Set.of("isEnabled", "evaluate");
        presets.put("flag-runtime", List.of(FlagApi.of("dev.flaglint.runtime.Flags", flagRuntime, 0, "flag-runtime"),
                FlagApi.FLAG_RUNTIME, FlagApi.of("dev.flaglint.runtime.ReloadingFeatureFlags", flagRuntime, 0,
                        "flag-runtime")));
        Set<String> openFeature = Set.of("getBooleanValue", "getBooleanDetails", "getStringValue", "getStringDetails",
                "getIntegerValue", "getIntegerDetails", "getDoubleValue", "getDoubleDetails", "getObjectValue",
                "getObjectDetails");
        presets.put("openfeature", List.of(
                FlagApi.of("dev.openfeature.sdk.Client", openFeature, 0, "openfeature"),
                FlagApi.of("dev.openfeature.sdk.Features", openFeature, 0, "openfeature")));
        Set<String> launchDarkly = Set.of("boolVariation", "boolVariationDetail", "stringVariation",
                "stringVariationDetail", "intVariation", "intVariationDetail", "doubleVariation",
                "doubleVariationDetail", "jsonValueVariation", "jsonValueVariationDetail");
        presets.put("launchdarkly", List.of(
                FlagApi.of("com.launchdarkly.sdk.server.LDClient", launchDarkly, 0, "launchdarkly"),
                FlagApi.of("com.launchdarkly.sdk.server.interfaces.LDClientInterface", launchDarkly, 0, "launchdarkly")));
        Set<String> unleash = Set.of("isEnabled", "getVariant");
        presets.put("unleash", List.of(
                FlagApi.of("io.getunleash.Unleash", unleash, 0, "unleash"),
                FlagApi.of("io.getunleash.DefaultUnleash", unleash, 0, "unleash")));
        presets.put("ff4j", List.of(FlagApi.of("org.ff4j.FF4j", Set.of("check"), 0, "ff4j")));
        presets.put("togglz", List.of(
                FlagApi.of("org.togglz.core.manager.FeatureManager", Set.of("isActive"), 0, "togglz"),
                new FlagApi("org.togglz.core.Feature", Set.of("isActive"), 0, true, FlagApi.EnumKey.NAME, "togglz")));
        return Collections.unmodifiableMap(presets);
    }

    private Presets() {
    }

    public static Optional<List<FlagApi>> byName(String name) {
        return Optional.ofNullable(PRESETS.get(name));
    }

    public static Set<String> names() {
        return PRESETS.keySet();
    }
}
