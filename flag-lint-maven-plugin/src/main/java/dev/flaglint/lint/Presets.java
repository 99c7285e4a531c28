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
        // Checked against each SDK's current and previous major version (README, "Presets"): a package the SDK
        // had before is listed beside today's, and a method a newer version added beside the old ones.
        Set<String> openFeature = Set.of("getBooleanValue", "getBooleanDetails", "getStringValue", "getStringDetails",
                "getIntegerValue", "getIntegerDetails", "getLongValue", "getLongDetails", "getDoubleValue",
                "getDoubleDetails", "getObjectValue", "getObjectDetails");
        presets.put(ApiOrigin.OPENFEATURE.label(), sdk(ApiOrigin.OPENFEATURE, openFeature,
                "dev.openfeature.sdk.Client", "dev.openfeature.sdk.Features", "dev.openfeature.sdk.OpenFeatureClient",
                "dev.openfeature.javasdk.Client", "dev.openfeature.javasdk.Features"));
        Set<String> launchDarkly = Set.of("boolVariation", "boolVariationDetail", "stringVariation",
                "stringVariationDetail", "intVariation", "intVariationDetail", "doubleVariation",
                "doubleVariationDetail", "jsonValueVariation", "jsonValueVariationDetail", "migrationVariation");
        presets.put(ApiOrigin.LAUNCHDARKLY.label(), sdk(ApiOrigin.LAUNCHDARKLY, launchDarkly,
                "com.launchdarkly.sdk.server.LDClient", "com.launchdarkly.sdk.server.interfaces.LDClientInterface"));
        presets.put(ApiOrigin.UNLEASH.label(), sdk(ApiOrigin.UNLEASH, Set.of("isEnabled", "getVariant"),
                "io.getunleash.Unleash", "io.getunleash.DefaultUnleash", "io.getunleash.FakeUnleash",
                "no.finn.unleash.Unleash", "no.finn.unleash.DefaultUnleash", "no.finn.unleash.FakeUnleash"));
        presets.put(ApiOrigin.FF4J.label(), sdk(ApiOrigin.FF4J, Set.of("check", "checkOverridingStrategy"),
                "org.ff4j.FF4j"));
        presets.put(ApiOrigin.TOGGLZ.label(), List.of(
                FlagApi.of("org.togglz.core.manager.FeatureManager", Set.of("isActive"), 0, ApiOrigin.TOGGLZ),
                new FlagApi("org.togglz.core.Feature", Set.of("isActive"), 0, true, FlagApi.EnumKey.NAME, ApiOrigin.TOGGLZ)));
        return Collections.unmodifiableMap(presets);
    }

    private Presets() {
    }

    /** The same methods, key in argument 0, on each of an SDK's receiver types. */
    private static List<FlagApi> sdk(ApiOrigin origin, Set<String> methods, String... types) {
        return java.util.Arrays.stream(types).map(t -> FlagApi.of(t, methods, 0, origin)).toList();
    }

    public static Optional<List<FlagApi>> byName(String name) {
        return Optional.ofNullable(PRESETS.get(name));
    }

    public static Set<String> names() {
        return PRESETS.keySet();
    }
}
