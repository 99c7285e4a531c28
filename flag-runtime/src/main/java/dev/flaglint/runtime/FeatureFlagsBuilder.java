package dev.flaglint.runtime;

import dev.flaglint.model.Flag;
import dev.flaglint.model.Metadata;
import dev.flaglint.model.Position;
import dev.flaglint.model.Targeting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory flags for tests, compiled exactly like a file's: {@code FeatureFlags.builder().flag("a", true)
 * .rollout("b", 10).build()}. For rules, write YAML and use {@link FeatureFlags#of(String)}. Not thread-safe
 * (a builder); what it builds is.
 */
public final class FeatureFlagsBuilder {

    private static final Metadata TEST_METADATA = new Metadata("built in memory", "test", null, null, "test", true);

    private final LinkedHashMap<String, Flag> flags = new LinkedHashMap<>();

    FeatureFlagsBuilder() {
    }

    /** A boolean flag: on or off for everyone. */
    public FeatureFlagsBuilder flag(String key, boolean enabled) {
        return add(key, new Targeting(enabled, List.of(), null, Targeting.DEFAULT_ROLLOUT_BY));
    }

    /** A rollout to {@code percent} (0–100, at most two decimals) of {@code user_id}s. */
    public FeatureFlagsBuilder rollout(String key, double percent) {
        return rollout(key, percent, Targeting.DEFAULT_ROLLOUT_BY);
    }

    /** A rollout to {@code percent} of the units named by the context attribute {@code rolloutBy}. */
    public FeatureFlagsBuilder rollout(String key, double percent, String rolloutBy) {
        if (!(percent >= 0 && percent <= 100) || Math.abs(percent * 100 - Math.rint(percent * 100)) > 1e-9) {
            throw new IllegalArgumentException("a rollout is a percentage from 0 to 100 with at most two decimals, got "
                    + percent);
        }
        return add(key, new Targeting(true, List.of(), percent, rolloutBy));
    }

    private FeatureFlagsBuilder add(String key, Targeting targeting) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a flag needs a key");
        }
        flags.put(key, new Flag(key, Position.UNKNOWN, TEST_METADATA, targeting, Map.of(), true));
        return this;
    }

    public FeatureFlags build() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LinkedHashMap<String, CompiledFlag> compiled = new LinkedHashMap<>();
        flags.forEach((key, flag) -> compiled.put(key, CompiledFlag.compile(flag, null, today)));
        return FeatureFlags.ofCompiled("<builder>", compiled);
    }
}
