package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link FlagContext}: an immutable Map with a targeting key and typed attributes. */
class FlagContextTest {

    @Test
    void buildsATypedImmutableMap() {
        FlagContext base = FlagContext.targeting("user-42");
        FlagContext user = base.with("plan", "enterprise").with("beta", true).with("age", 42).with("score", 0.5);

        assertThat(user.targetingKey()).isEqualTo("user-42");
        assertThat(user).containsExactly(Map.entry("targetingKey", "user-42"), Map.entry("plan", "enterprise"),
                Map.entry("beta", true), Map.entry("age", 42L), Map.entry("score", 0.5));
        assertThat(base).containsExactly(Map.entry("targetingKey", "user-42")); // withers copy
        assertThat(user.with("plan", "free").get("plan")).isEqualTo("free");
        assertThat(user.with("plan", "free")).hasSize(5);
        assertThat(user.get("missing")).isNull();
        assertThat(user.get(new String("plan"))).isEqualTo("enterprise"); // not only interned names
        assertThatThrownBy(() -> user.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> user.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullValuesLeaveAttributesOut() {
        assertThat(FlagContext.targeting(null)).isEmpty();
        assertThat(FlagContext.targeting("")).isSameAs(FlagContext.empty());
        assertThat(FlagContext.targeting("u").with("plan", "x").with("plan", (String) null))
                .containsExactly(Map.entry("targetingKey", "u"));
        assertThat(FlagContext.targeting("u").withTargetingKey(null).targetingKey()).isNull();
        assertThatThrownBy(() -> FlagContext.empty().with(null, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalsAnyMapWithTheSameEntries() {
        Map<String, Object> map = new HashMap<>(Map.of("targetingKey", "u", "plan", "x"));
        map.put("gone", null);
        FlagContext context = FlagContext.of(map);

        assertThat(context).isEqualTo(Map.of("targetingKey", "u", "plan", "x"));
        assertThat(context.hashCode()).isEqualTo(Map.of("targetingKey", "u", "plan", "x").hashCode());
        assertThat(FlagContext.of(context)).isSameAs(context);
        assertThat(FlagContext.of(null)).isEmpty();
        assertThat(new LinkedHashMap<>(context)).containsEntry("plan", "x");
    }

    @Test
    void evaluatesLikeTheSameMap() {
        FeatureFlags flags = FeatureFlags.of("""
                flags:
                  f:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-1
                    rules:
                      - if: { plan: enterprise, age: { gte: 18 } }
                        enabled: true
                    rollout: 10
                """);
        FlagContext adult = FlagContext.targeting("user-14").with("plan", "enterprise").with("age", 30);

        assertThat(flags.evaluate("f", adult)).isEqualTo(flags.evaluate("f", Map.copyOf(adult)));
        assertThat(flags.evaluate("f", adult).reason()).isEqualTo(Reason.TARGETING_MATCH);
        assertThat(flags.evaluate("f", adult.with("age", 12)).reason()).isEqualTo(Reason.SPLIT);
    }
}
