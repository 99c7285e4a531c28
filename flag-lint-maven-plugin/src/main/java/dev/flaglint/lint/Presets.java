package dev.flaglint.lint;

import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.FlagApi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flag APIs of well-known SDKs, selectable by name so a team on one needs no {@code <apis>} list.
 * Each lists the SDK's receiver types (classes and the interfaces code usually declares) and the
 * methods whose first argument is the flag key. Only flag-runtime's say which type they read a flag as: the
 * others' flags are not typed in the flags file.
 */
public final class Presets {

    private static final Map<String, List<FlagApi>> PRESETS = build();

    private static Map<String, List<FlagApi>> build() {
        Map<String, List<FlagApi>> presets = new LinkedHashMap<>();
        // The interface is the API; its library implementations are listed too because the scan sees
        // only the sources' type hierarchy, and flag-runtime usually arrives as a jar. Each method's key is
        // argument 0, and each says which type it reads the flag as (rule type-mismatch).
        presets.put(ApiOrigin.FLAG_RUNTIME.label(), List.of(FlagApi.flagRuntime("dev.flaglint.runtime.Flags"),
                FlagApi.FLAG_RUNTIME, FlagApi.flagRuntime("dev.flaglint.runtime.ReloadingFeatureFlags"),
                FlagApi.flagRuntime("dev.flaglint.runtime.ObservableFlags"),
                FlagApi.flagRuntime("dev.flaglint.runtime.remote.RemoteFlags")));
        Set<String> openFeature = Set.of("getBooleanValue", "getBooleanDetails", "getStringValue", "getStringDetails",
                "getIntegerValue", "getIntegerDetails", "getDoubleValue", "getDoubleDetails", "getObjectValue",
                "getObjectDetails");
        presets.put(ApiOrigin.OPENFEATURE.label(), List.of(
                FlagApi.of("dev.openfeature.sdk.Client", openFeature, 0, ApiOrigin.OPENFEATURE),
                FlagApi.of("dev.openfeature.sdk.Features", openFeature, 0, ApiOrigin.OPENFEATURE)));
        Set<String> launchDarkly = Set.of("boolVariation", "boolVariationDetail", "stringVariation",
                "stringVariationDetail", "intVariation", "intVariationDetail", "doubleVariation",
                "doubleVariationDetail", "jsonValueVariation", "jsonValueVariationDetail");
        presets.put(ApiOrigin.LAUNCHDARKLY.label(), List.of(
                FlagApi.of("com.launchdarkly.sdk.server.LDClient", launchDarkly, 0, ApiOrigin.LAUNCHDARKLY),
                FlagApi.of("com.launchdarkly.sdk.server.interfaces.LDClientInterface", launchDarkly, 0, ApiOrigin.LAUNCHDARKLY)));
        Set<String> unleash = Set.of("isEnabled", "getVariant");
        presets.put(ApiOrigin.UNLEASH.label(), List.of(
                FlagApi.of("io.getunleash.Unleash", unleash, 0, ApiOrigin.UNLEASH),
                FlagApi.of("io.getunleash.DefaultUnleash", unleash, 0, ApiOrigin.UNLEASH)));
        presets.put(ApiOrigin.FF4J.label(), List.of(FlagApi.of("org.ff4j.FF4j", Set.of("check"), 0, ApiOrigin.FF4J)));
        presets.put(ApiOrigin.TOGGLZ.label(), List.of(
                FlagApi.of("org.togglz.core.manager.FeatureManager", Set.of("isActive"), 0, ApiOrigin.TOGGLZ),
                new FlagApi("org.togglz.core.Feature", Set.of("isActive"), 0, true, FlagApi.EnumKey.NAME, ApiOrigin.TOGGLZ)));
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
