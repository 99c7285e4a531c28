package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Weighted rollouts over variants: each variant, in declaration order, takes the next {@code weight * 100} of the
 * 10,000 buckets. The golden vectors are published in docs/RUNTIME.md for other languages to match.
 */
class WeightedRolloutTest {

    private static final FeatureFlags FLAGS = FeatureFlags.of("""
            flags:
              checkout-button:
                owner: growth-team
                created: 2026-11-01
                permanent: true
                ticket: GROW-90
                variants: { control: "blue", green: "green", orange: "orange" }
                default_variant: control
                rollout: { control: 50, green: 25, orange: 25 }
              price-test:
                owner: growth-team
                created: 2026-11-01
                permanent: true
                ticket: GROW-91
                variants: { low: 9.99, mid: 12.5, high: 15 }
                default_variant: mid
                rollout: { low: 33.33, mid: 33.33, high: 33.34 }
              dark-mode:
                owner: web
                created: 2026-11-01
                permanent: true
                ticket: WEB-1
                rollout: 10
              dark-mode-variants:
                owner: web
                created: 2026-11-01
                permanent: true
                ticket: WEB-1
                variants: { "on": true, "off": false }
                default_variant: "off"
                rollout: { "on": 10, "off": 90 }
            """);

    /**
     * checkout-button: control 0–4999, green 5000–7499, orange 7500–9999;
     * price-test: low 0–3332, mid 3333–6665, high 6666–9999.
     */
    @ParameterizedTest(name = "{0} : {1} -> bucket {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            checkout-button | user-42           | 955  | control
            checkout-button | alice@example.com | 2799 | control
            checkout-button | user-4            | 4630 | control
            checkout-button | user-7            | 6005 | green
            checkout-button | user-3            | 7466 | green
            checkout-button | user-1            | 7506 | orange
            checkout-button | Zoë               | 7868 | orange
            checkout-button | user-10           | 9604 | orange
            price-test      | user-1            | 2276 | low
            price-test      | user-10           | 3202 | low
            price-test      | user-42           | 4079 | mid
            price-test      | user-4            | 5814 | mid
            price-test      | user-3            | 7054 | high
            price-test      | user-9            | 9947 | high
            """)
    void goldenVectors(String key, String unit, int bucket, String variant) {
        assertThat(Bucketing.bucket(key, unit)).isEqualTo(bucket);
        Evaluation e = FLAGS.evaluate(key, Map.of("user_id", unit));
        assertThat(e.variant()).isEqualTo(variant);
        assertThat(e.reason()).isEqualTo(Reason.SPLIT);
    }

    @Test
    void aBooleanPercentageIsTheVariantsOnThenOff() {
        for (int i = 0; i < 2_000; i++) {
            Map<String, String> unit = Map.of("user_id", "u" + i);
            boolean on = FLAGS.isEnabled("dark-mode", unit);
            assertThat(FLAGS.isEnabled("dark-mode-variants", unit)).isEqualTo(Bucketing.bucket("dark-mode-variants",
                    "u" + i) < 1000);
            assertThat(on).isEqualTo(Bucketing.bucket("dark-mode", "u" + i) < 1000);
        }
    }

    @Test
    void overAHundredThousandUnitsTheSplitIsWithinOnePercentOfTheWeights() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int units = 100_000;
        for (int i = 0; i < units; i++) {
            counts.merge(FLAGS.variant("checkout-button", FlagContext.targeting("user-" + i)), 1, Integer::sum);
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrder("control", "green", "orange");
        assertThat(counts.get("control") / (double) units).isCloseTo(0.50, within(0.01));
        assertThat(counts.get("green") / (double) units).isCloseTo(0.25, within(0.01));
        assertThat(counts.get("orange") / (double) units).isCloseTo(0.25, within(0.01));
    }
}
