package dev.flaglint.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle facts the linter, the runtime and the inventory share. */
class LifecycleTest {

    private static final LocalDate EXPIRES = LocalDate.of(2026, 4, 1);

    private static Metadata expiring(LocalDate expires, boolean permanent) {
        return new Metadata(null, "team", LocalDate.of(2026, 1, 1), expires, "T-1", permanent);
    }

    private static Flag flag(String yamlSettings) {
        return FlagsFile.parse("flags.yaml", """
                flags:
                  f:
                    owner: team
                    created: 2026-01-01
                    expires: 2026-04-01
                    ticket: T-1
                """ + yamlSettings, Format.YAML).flag("f").orElseThrow();
    }

    @Test
    void aFlagExpiresAtTheEndOfItsExpiryDay() {
        Metadata m = expiring(EXPIRES, false);

        assertThat(m.isExpiredOn(EXPIRES.minusDays(1))).isFalse();
        assertThat(m.isExpiredOn(EXPIRES)).isFalse();
        assertThat(m.isExpiredOn(EXPIRES.plusDays(1))).isTrue();
        assertThat(m.daysLeft(EXPIRES.minusDays(3))).isEqualTo(OptionalLong.of(3));
        assertThat(m.daysLeft(EXPIRES)).isEqualTo(OptionalLong.of(0));
        assertThat(m.daysLeft(EXPIRES.plusDays(2))).isEqualTo(OptionalLong.of(-2));
        assertThat(m.ageOn(LocalDate.of(2026, 1, 31))).isEqualTo(OptionalLong.of(30));
    }

    @Test
    void permanentOrUndatedFlagsNeverExpireAndHaveNoDaysLeft() {
        for (Metadata m : new Metadata[] {expiring(EXPIRES, true), expiring(null, false)}) {
            assertThat(m.isExpiredOn(EXPIRES.plusYears(10))).isFalse();
            assertThat(m.daysLeft(EXPIRES)).isEmpty();
        }
        assertThat(new Metadata(null, null, null, null, null, false).ageOn(EXPIRES)).isEmpty();
    }

    @Test
    void aFlagIsSettledWhenEveryoneGetsTheSameAnswerInEveryEnvironment() {
        assertThat(flag("    enabled: false\n").settledValue()).contains(false);
        assertThat(flag("    rollout: 100\n").settledValue()).contains(true);
        assertThat(flag("    rollout: 0\n").settledValue()).contains(false);
        assertThat(flag("").settledValue()).contains(true);
        assertThat(flag("    rollout: 100\n    environments:\n      prod: { enabled: false }\n").settledValue())
                .isEmpty(); // on here, off there: the code still needs both paths
        assertThat(flag("    rollout: 50\n").settledValue()).isEmpty();
        assertThat(flag("    rules:\n      - if: { plan: pro }\n        enabled: true\n    rollout: 0\n")
                .settledValue()).isEmpty();
    }

    @Test
    void aFlagWithVariantsIsSettledOnTheVariantEveryoneGets() {
        String variants = "    variants: { control: blue, green: green }\n    default_variant: control\n";
        assertThat(flag(variants).settledVariant()).contains("control");
        assertThat(flag(variants + "    enabled: false\n").settledVariant()).contains("control");
        assertThat(flag(variants + "    rollout: { control: 0, green: 100 }\n").settledVariant()).contains("green");
        assertThat(flag(variants + "    rollout: { control: 50, green: 50 }\n").settledVariant()).isEmpty();
        assertThat(flag(variants + "    rules:\n      - if: { plan: pro }\n        variant: green\n")
                .settledVariant()).isEmpty();
        assertThat(flag(variants + "    environments:\n      prod: { default_variant: green }\n").settledVariant())
                .isEmpty(); // control here, green there
        assertThat(flag(variants).settledValue()).isEmpty(); // not a boolean
        assertThat(flag("    rollout: 0\n").settledVariant()).contains("off");
        assertThat(flag("").settledVariant()).contains("on");
    }

    @Test
    void aPermanentFlagIsNeverSettled() {
        Flag killSwitch = FlagsFile.parse("flags.yaml", """
                flags:
                  k: { owner: sre, created: 2025-06-01, ticket: OPS-1, permanent: true, enabled: true }
                """, Format.YAML).flag("k").orElseThrow();

        assertThat(killSwitch.targeting().uniformValue()).isEqualTo(Optional.of(true));
        assertThat(killSwitch.settledValue()).isEmpty();
    }

    @Test
    void oneKeyPatternForTheFileAndEveryTool() {
        assertThat(Flag.isValidKey("new-checkout.v2_x")).isTrue();
        assertThat(Flag.isValidKey("9lives")).isTrue();
        assertThat(Flag.isValidKey("-leading")).isFalse();
        assertThat(Flag.isValidKey("has space")).isFalse();
        assertThat(Flag.isValidKey(null)).isFalse();
    }
}
