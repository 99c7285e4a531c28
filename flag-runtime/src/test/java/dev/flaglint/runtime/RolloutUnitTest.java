package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollout unit: {@code rollout_by} (default {@code user_id}); without {@code rollout_by}, a context lacking
 * {@code user_id} is rolled out by its targeting key. A context with attributes but no unit is logged once per flag.
 */
class RolloutUnitTest {

    /** Per test: each snapshot logs a flag once. */
    private final FeatureFlags flags = FeatureFlags.of("""
            flags:
              by-default:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
                rollout: 10
              by-user:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
                rollout: 10
                rollout_by: user_id
              by-account:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
                variants: { a: 1, b: 2 }
                default_variant: b
                rollout: { a: 50, b: 50 }
                rollout_by: account_id
            """);

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    @Test
    void withoutRolloutByTheTargetingKeyStandsInForAMissingUserId() {
        // bucket of "by-default:user-x" decides either way; user_id wins when both are there
        Evaluation byKey = flags.evaluate("by-default", FlagContext.targeting("u-7"));
        assertThat(byKey.reason()).isEqualTo(Reason.SPLIT);
        assertThat(byKey.enabled()).isEqualTo(Bucketing.bucket("by-default", "u-7") < 1000);
        assertThat(flags.evaluate("by-default", Map.of("targetingKey", "u-7"))).isEqualTo(byKey);
        for (int i = 0; i < 200; i++) {
            String user = "user-" + i;
            FlagContext both = FlagContext.targeting("other-" + i).with("user_id", user);
            assertThat(flags.isEnabled("by-default", both)).isEqualTo(Bucketing.bucket("by-default", user) < 1000);
        }
    }

    @Test
    void anExplicitRolloutByNeverFallsBackToTheTargetingKey() {
        assertThat(flags.evaluate("by-user", FlagContext.targeting("u-7")))
                .isEqualTo(new Evaluation(false, Reason.DEFAULT, -1, null));
        assertThat(flags.evaluate("by-account", FlagContext.targeting("u-7")))
                .isEqualTo(Evaluation.of(2, "b", Reason.DEFAULT, -1));
    }

    @Test
    void aContextWithoutTheUnitIsLoggedOncePerFlagWithTheAttributesItHad() {
        for (int i = 0; i < 3; i++) {
            flags.isEnabled("by-user", Map.of("userId", "42"));
            flags.evaluate("by-account", FlagContext.targeting("u").with("plan", "free"));
            flags.isEnabled("by-default", Map.of("plan", "free"));
        }

        assertThat(log.containing("rolls out by")).containsExactly(
                "flag 'by-user' rolls out by 'user_id', and a context had no 'user_id' (its attributes: userId); such"
                        + " a context is not in the rollout and gets false (reason DEFAULT). Did you mean 'userId'? The"
                        + " attribute is 'user_id'. Logged once per flag.",
                "flag 'by-account' rolls out by 'account_id', and a context had no 'account_id' (its attributes:"
                        + " targetingKey, plan); such a context is not in the rollout and gets 2 (reason DEFAULT)."
                        + " Logged once per flag.",
                "flag 'by-default' rolls out by 'user_id' (or the targeting key), and a context had neither (its"
                        + " attributes: plan); such a context is not in the rollout and gets false (reason DEFAULT)."
                        + " Logged once per flag.");
    }

    @Test
    void anEmptyContextAsksForTheEveryoneElseAnswerAndIsNotLogged() {
        assertThat(flags.isEnabled("by-user")).isFalse();
        assertThat(flags.evaluate("by-account", FlagContext.empty()).variant()).isEqualTo("b");
        assertThat(log.containing("rolls out by")).isEmpty();
    }
}
