package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flags built in memory and test overrides evaluate like flags from a file. */
class InMemoryFlagsTest {

    @Test
    void builderMakesBooleanAndRolloutFlags() {
        FeatureFlags flags = FeatureFlags.builder()
                .flag("on", true)
                .flag("off", false)
                .rollout("half", 50)
                .rollout("by-account", 100, "account_id")
                .build();
        assertThat(flags.evaluate("on", null)).isEqualTo(new Evaluation(true, Reason.STATIC, -1, null));
        assertThat(flags.evaluate("off", null)).isEqualTo(new Evaluation(false, Reason.DISABLED, -1, null));
        long half = IntStream.range(0, 10_000).filter(i -> flags.isEnabled("half", Map.of("user_id", i))).count();
        assertThat(half).isBetween(4700L, 5300L);
        // Same bucketing as a file: user-14 is bucket 28 for new_algorithm.
        assertThat(FeatureFlags.builder().rollout("new_algorithm", 0.29).build()
                .isEnabled("new_algorithm", Map.of("user_id", "user-14"))).isTrue();
        assertThat(FeatureFlags.builder().rollout("new_algorithm", 0.28).build()
                .isEnabled("new_algorithm", Map.of("user_id", "user-14"))).isFalse();
        assertThat(flags.isEnabled("by-account", Map.of("user_id", "1"))).isFalse(); // no account_id
        assertThat(flags.isEnabled("by-account", Map.of("account_id", "1"))).isTrue();
        assertThat(flags.keys()).containsExactly("on", "off", "half", "by-account");
    }

    @Test
    void builderRejectsNonsenseEarly() {
        assertThatThrownBy(() -> FeatureFlags.builder().rollout("x", 100.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureFlags.builder().rollout("x", 10.123)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureFlags.builder().flag("", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overridesPinFlagsInANewSnapshotAndLeaveTheOriginalAlone() {
        FeatureFlags flags = FeatureFlags.fromClasspath("flags.yaml", null);
        FeatureFlags pinned = flags.withOverrides(Map.of("payments-kill-switch", true, "new-checkout", false,
                "not-in-file", true));
        assertThat(pinned.evaluate("payments-kill-switch", Map.of()))
                .isEqualTo(new Evaluation(true, Reason.STATIC, -1, null));
        assertThat(pinned.evaluate("new-checkout", Map.of("plan", "enterprise")))
                .isEqualTo(new Evaluation(false, Reason.STATIC, -1, null));
        assertThat(pinned.isEnabled("not-in-file")).isTrue();
        assertThat(pinned.isEnabled("new_algorithm", Map.of("user_id", "user-14"))).isTrue(); // untouched flags work

        assertThat(flags.isEnabled("payments-kill-switch")).isFalse();
        assertThat(flags.isEnabled("new-checkout", Map.of("plan", "enterprise"))).isTrue();
        assertThat(flags.contains("not-in-file")).isFalse();
    }

    @Test
    void ofYamlEvaluatesRealRules() {
        FeatureFlags flags = FeatureFlags.of("""
                flags:
                  beta:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-1
                    rules:
                      - if: { plan: [pro, enterprise] }
                        enabled: true
                    rollout: 0
                    environments:
                      dev: { rollout: 100 }
                """, "dev");
        assertThat(flags.isEnabled("beta", Map.of("plan", "pro"))).isTrue();
        assertThat(flags.isEnabled("beta", Map.of("user_id", "x"))).isTrue();
        assertThat(FeatureFlags.of(null).isReadable()).isTrue(); // empty text: no flags, not an exception
        assertThat(FeatureFlags.empty().evaluate("x", Map.of()).errorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
    }
}
