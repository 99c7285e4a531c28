package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's four patterns, from the real test resource flags.yaml, through the public API. */
class SeedPatternsTest {

    private final Path file = resource("flags.yaml");
    private final FeatureFlags flags = FeatureFlags.load(file, null);

    @Test
    void theFileLoadsWithoutProblems() {
        assertThat(flags.problems()).isEmpty();
        assertThat(flags.keys()).containsExactlyInAnyOrder("payments-kill-switch", "new_algorithm", "new-checkout",
                "dark-mode", "search-v2");
    }

    @Test
    void killSwitchIsOffForEveryone() {
        assertThat(flags.isEnabled("payments-kill-switch")).isFalse();
        assertThat(flags.isEnabled("payments-kill-switch", Map.of("user_id", "123", "plan", "enterprise"))).isFalse();
        assertThat(flags.evaluate("payments-kill-switch", Map.of()))
                .isEqualTo(new Evaluation(false, Reason.DISABLED, -1, null));
        // The default only applies to errors, not to a switched-off flag.
        assertThat(flags.isEnabled("payments-kill-switch", Map.of(), true)).isFalse();
    }

    @Test
    void tenPercentRolloutIsStablePerUserAndAboutTenPercent() {
        assertThat(flags.evaluate("new_algorithm", Map.of("user_id", "user-14")))
                .isEqualTo(new Evaluation(true, Reason.SPLIT, -1, null));    // bucket 28
        assertThat(flags.isEnabled("new_algorithm", Map.of("user_id", "user-22"))).isFalse(); // bucket 1734
        for (int i = 0; i < 1000; i++) {
            Map<String, String> user = Map.of("user_id", "user-" + i);
            boolean first = flags.isEnabled("new_algorithm", user);
            assertThat(FeatureFlags.load(file, null).isEnabled("new_algorithm", user)).isEqualTo(first);
        }
        long on = IntStream.range(0, 20_000).filter(i -> flags.isEnabled("new_algorithm", Map.of("user_id", i)))
                .count();
        assertThat(on).isBetween(1800L, 2200L); // Binomial(20000, 0.1): sd 42, so ±200 is ±4.7 sd
    }

    @Test
    void raisingTheRolloutToTwentyPercentKeepsTheFirstTen() {
        FeatureFlags ten = FeatureFlags.of(rolloutYaml("10"));
        FeatureFlags twenty = FeatureFlags.of(rolloutYaml("20"));
        int onAtTen = 0;
        int onAtTwenty = 0;
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> user = Map.of("user_id", "user-" + i);
            boolean a = ten.isEnabled("new_algorithm", user);
            boolean b = twenty.isEnabled("new_algorithm", user);
            if (a) {
                assertThat(b).as("user-%d was in at 10 %%", i).isTrue();
                onAtTen++;
            }
            onAtTwenty += b ? 1 : 0;
        }
        assertThat(onAtTwenty).isGreaterThan(onAtTen + 500);
        assertThat(twenty.isEnabled("new_algorithm", Map.of("user_id", "user-22"))).isTrue(); // bucket 1734
    }

    @Test
    void targetingByEmailDomainPlanAndUserList() {
        assertThat(flags.evaluate("new-checkout", Map.of("email", "ann@company.com")))
                .isEqualTo(new Evaluation(true, Reason.TARGETING_MATCH, 0, null));
        assertThat(flags.isEnabled("new-checkout", Map.of("email", "Ann@Company.COM"))).isTrue();
        assertThat(flags.isEnabled("new-checkout", Map.of("email", "x@evil.com@company.com"))).isTrue();
        assertThat(flags.isEnabled("new-checkout", Map.of("email", "ann@notcompany.com"))).isFalse();
        assertThat(flags.isEnabled("new-checkout", Map.of("email", "ann@company.com.evil.org"))).isFalse();

        assertThat(flags.evaluate("new-checkout", Map.of("plan", "enterprise")).ruleIndex()).isEqualTo(1);
        assertThat(flags.isEnabled("new-checkout", Map.of("plan", "free"))).isFalse();

        assertThat(flags.evaluate("new-checkout", Map.of("user_id", "456")).ruleIndex()).isEqualTo(2);
        assertThat(flags.isEnabled("new-checkout", Map.of("user_id", 789))).isTrue();
        assertThat(flags.isEnabled("new-checkout", Map.of("user_id", 789L))).isTrue();
        assertThat(flags.isEnabled("new-checkout", Map.of("user_id", "124"))).isFalse();

        assertThat(flags.evaluate("new-checkout", Map.of("user_id", "1", "plan", "free", "email", "a@b.org")))
                .isEqualTo(new Evaluation(false, Reason.SPLIT, -1, null));
        assertThat(flags.evaluate("new-checkout", Map.of()))
                .isEqualTo(new Evaluation(false, Reason.DEFAULT, -1, null));
    }

    @Test
    void environmentsOverrideTheDefaults() {
        FeatureFlags staging = FeatureFlags.load(file, "staging");
        FeatureFlags production = FeatureFlags.load(file, "production");
        Map<String, String> someone = Map.of("user_id", "user-22", "plan", "free");

        assertThat(flags.isEnabled("new-checkout", someone)).isFalse();       // rollout 0
        assertThat(staging.isEnabled("new-checkout", someone)).isTrue();      // rollout 100
        assertThat(staging.evaluate("new-checkout", someone).reason()).isEqualTo(Reason.SPLIT);
        assertThat(staging.isEnabled("new-checkout", Map.of("plan", "enterprise"))).isTrue(); // rules inherited
        assertThat(staging.environment()).isEqualTo("staging");

        long inProduction = IntStream.range(0, 20_000)
                .filter(i -> production.isEnabled("new-checkout", Map.of("user_id", "u" + i))).count();
        assertThat(inProduction).isBetween(850L, 1150L); // 5 % of 20,000: sd 31

        assertThat(flags.isEnabled("dark-mode")).isTrue();
        assertThat(production.evaluate("dark-mode", Map.of()).reason()).isEqualTo(Reason.DISABLED);
        assertThat(FeatureFlags.load(file, "qa").isEnabled("dark-mode")).isTrue(); // unknown env: defaults
    }

    @Test
    void conditionsInOneRuleMustAllHold() {
        assertThat(flags.isEnabled("search-v2", Map.of("country", "DE", "app_version", "2.1.0"))).isTrue();
        assertThat(flags.isEnabled("search-v2", Map.of("country", "AT", "app_version", "v3.0.0-rc.1"))).isTrue();
        assertThat(flags.isEnabled("search-v2", Map.of("country", "DE", "app_version", "2.0.9"))).isFalse();
        assertThat(flags.isEnabled("search-v2", Map.of("country", "FR", "app_version", "2.1.0"))).isFalse();
        assertThat(flags.evaluate("search-v2", Map.of("country", "DE")))
                .isEqualTo(new Evaluation(false, Reason.TARGETING_MATCH, 1, null));
    }

    @Test
    void fromClasspathReadsTheFlagsYamlResource() {
        FeatureFlags fromClasspath = FeatureFlags.fromClasspath("flags.yaml", "staging");
        assertThat(fromClasspath.problems()).isEmpty();
        assertThat(fromClasspath.source()).isEqualTo("classpath:flags.yaml");
        assertThat(fromClasspath.isEnabled("new-checkout", Map.of("user_id", "x"))).isTrue();
        assertThat(FeatureFlags.fromClasspath().isEnabled("payments-kill-switch")).isFalse();
    }

    static String rolloutYaml(String percent) {
        return """
                flags:
                  new_algorithm:
                    owner: search-team
                    created: 2026-01-10
                    expires: 2099-01-01
                    ticket: SEARCH-9
                    rollout: %s
                """.formatted(percent);
    }

    static Path resource(String name) {
        try {
            return Path.of(SeedPatternsTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
