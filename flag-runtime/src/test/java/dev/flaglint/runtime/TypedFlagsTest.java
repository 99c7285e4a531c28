package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flags with variants through the typed methods of {@link Flags}: answers, reasons, details and type mismatches. */
class TypedFlagsTest {

    private static final String FILE = """
            flags:
              checkout-button:
                owner: growth-team
                created: 2026-11-01
                expires: 2099-02-01
                ticket: GROW-90
                variants: { control: "blue", green: "green", orange: "orange" }
                default_variant: control
                rules:
                  - if: { plan: enterprise }
                    variant: green
                rollout: { control: 50, green: 25, orange: 25 }
                environments:
                  staging: { enabled: false }
              max-items:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
                variants: { few: 10, many: 100 }
                default_variant: few
                rules:
                  - if: { plan: enterprise }
                    variant: many
              price:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
                variants: { low: 9.99, high: 15 }
                default_variant: low
              layout:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
                variants: { compact: { columns: 2 }, wide: { columns: 4 } }
                default_variant: wide
              new-checkout:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
                rollout: 100
            """;

    private final FeatureFlags flags = FeatureFlags.of(FILE);
    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    @Test
    void aStringFlagGivesTheVariantOfTheRuleTheRolloutOrItsDefault() {
        FlagContext enterprise = FlagContext.targeting("user-1").with("plan", "enterprise");
        assertThat(flags.stringValue("checkout-button", enterprise, "none")).isEqualTo("green");
        assertThat(flags.evaluate("checkout-button", enterprise))
                .isEqualTo(Evaluation.of("green", "green", Reason.TARGETING_MATCH, 0));

        // user-42 is in bucket 955: the first 50 % are control (see WeightedRolloutTest's golden vectors)
        Evaluation split = flags.stringDetails("checkout-button", FlagContext.targeting("user-42"), "none");
        assertThat(split).isEqualTo(Evaluation.of("blue", "control", Reason.SPLIT, Evaluation.NO_RULE));
        assertThat(flags.variant("checkout-button", Map.of("user_id", "user-1"))).isEqualTo("orange");

        assertThat(flags.evaluate("checkout-button", Map.of("plan", "free")))
                .isEqualTo(Evaluation.of("blue", "control", Reason.DEFAULT, Evaluation.NO_RULE));
        assertThat(FeatureFlags.of(FILE, "staging").evaluate("checkout-button", enterprise))
                .isEqualTo(Evaluation.of("blue", "control", Reason.DISABLED, Evaluation.NO_RULE));
        assertThat(flags.evaluate("price", null)).isEqualTo(Evaluation.of(9.99, "low", Reason.STATIC, -1));
    }

    @Test
    void numbersAreReadAsIntsOrDoubles() {
        Map<String, String> enterprise = Map.of("plan", "enterprise");
        assertThat(flags.intValue("max-items", enterprise, 0)).isEqualTo(100);
        assertThat(flags.doubleValue("max-items", enterprise, 0)).isEqualTo(100.0);
        assertThat(flags.value("max-items", enterprise, Integer.class, 0)).isEqualTo(100);
        assertThat(flags.value("max-items", enterprise, Long.class, 0L)).isEqualTo(100L);
        assertThat(flags.value("max-items", enterprise, Double.class, 0.0)).isEqualTo(100.0);
        assertThat(flags.value("max-items", enterprise, Number.class, 0)).isEqualTo(100);
        assertThat(flags.value("max-items", enterprise, int.class, 0)).isEqualTo(100);
        assertThat(flags.valueDetails("max-items", enterprise, double.class, 0.0).value()).isEqualTo(100);
        assertThat(flags.intDetails("max-items", Map.of(), 0).value()).isEqualTo(10);

        assertThat(flags.doubleValue("price", Map.of(), 0)).isEqualTo(9.99);
        assertThat(flags.doubleDetails("price", Map.of(), 0).value()).isEqualTo(9.99);
        // 9.99 is not a whole number: asking for an int is a mismatch, not a truncation
        assertThat(flags.intValue("price", Map.of(), -1)).isEqualTo(-1);
        assertThat(flags.intDetails("price", Map.of(), -1))
                .isEqualTo(Evaluation.error(ErrorCode.TYPE_MISMATCH, (Object) (-1)));
    }

    @Test
    void anObjectFlagGivesAnUnmodifiableMap() {
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = flags.value("layout", null, Map.class, Map.of());
        assertThat(layout).containsExactly(Map.entry("columns", 4));
        assertThat(flags.value("layout", null, Object.class, null)).isSameAs(layout);
        assertThatThrownBy(() -> layout.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBooleanFlagIsTheVariantsOnAndOff() {
        assertThat(flags.variant("new-checkout", Map.of("user_id", "u"))).isEqualTo("on");
        assertThat(flags.evaluate("new-checkout", Map.of()).variant()).isEqualTo("off"); // no unit: not in the rollout
        assertThat(flags.value("new-checkout", Map.of("user_id", "u"), Boolean.class, false)).isTrue();
        assertThat(flags.booleanDetails("new-checkout", Map.of("user_id", "u"), false))
                .isEqualTo(new Evaluation(true, Reason.SPLIT, -1, null));
        assertThat(new Evaluation(true, Reason.SPLIT, -1, null).variant()).isEqualTo("on");
    }

    @Test
    void askingForAnotherTypeGivesTheDefaultWithTypeMismatchLoggedOncePerFlag() {
        Map<String, String> someone = Map.of("user_id", "u");
        // isEnabled on a string flag
        assertThat(flags.isEnabled("checkout-button", someone)).isFalse();
        assertThat(flags.isEnabled("checkout-button", someone, true)).isTrue();
        assertThat(flags.booleanDetails("checkout-button", someone, true))
                .isEqualTo(new Evaluation(true, Reason.ERROR, -1, ErrorCode.TYPE_MISMATCH));
        // stringValue on a boolean flag, value(Integer) on a string flag, doubleValue on an object flag
        assertThat(flags.stringValue("new-checkout", someone, "dflt")).isEqualTo("dflt");
        assertThat(flags.stringDetails("new-checkout", someone, "dflt"))
                .isEqualTo(Evaluation.error(ErrorCode.TYPE_MISMATCH, "dflt"));
        assertThat(flags.value("checkout-button", someone, Integer.class, 7)).isEqualTo(7);
        assertThat(flags.doubleValue("layout", someone, 1.5)).isEqualTo(1.5);

        assertThat(log.containing("TYPE_MISMATCH")).containsExactly(
                "flag 'checkout-button' is a string flag (variants control: \"blue\", green: \"green\", orange:"
                        + " \"orange\"), but code asked for a boolean; it gets the default it passed (error"
                        + " TYPE_MISMATCH). Ask with the method for its type, or change its variants. Logged once per"
                        + " flag.",
                "flag 'new-checkout' is a boolean flag (variants on: true, off: false), but code asked for a string;"
                        + " it gets the default it passed (error TYPE_MISMATCH). Ask with the method for its type, or"
                        + " change its variants. Logged once per flag.",
                "flag 'layout' is an object flag (variants compact: {columns=2}, wide: {columns=4}), but code asked"
                        + " for a number; it gets the default it passed (error TYPE_MISMATCH). Ask with the method for"
                        + " its type, or change its variants. Logged once per flag.");
    }

    @Test
    void unknownAndBrokenFlagsGiveTheTypedDefaultWithoutATypeMismatch() {
        assertThat(flags.stringValue("nope", null, "d")).isEqualTo("d");
        assertThat(flags.stringDetails("nope", null, "d")).isEqualTo(Evaluation.error(ErrorCode.FLAG_NOT_FOUND, "d"));
        assertThat(flags.intValue(null, null, 3)).isEqualTo(3);
        assertThat(flags.variant("nope", null)).isNull();
        assertThat(flags.value("nope", null, String.class, null)).isNull();
        assertThat(flags.value("checkout-button", null, null, "d")).isEqualTo("d");
        FeatureFlags broken = FeatureFlags.of("flags:\n  b:\n    variants: { a: 1 }\n");
        assertThat(broken.intDetails("b", null, 5)).isEqualTo(Evaluation.error(ErrorCode.PARSE_ERROR, (Object) 5));
        assertThat(log.containing("TYPE_MISMATCH")).isEmpty();
    }

    @Test
    void evaluationsOfTypedFlagsAreBuiltOnceNotPerCall() {
        Map<String, String> someone = Map.of("user_id", "user-42");
        assertThat(flags.stringDetails("checkout-button", someone, "x"))
                .isSameAs(flags.stringDetails("checkout-button", someone, "y"));
        assertThat(flags.intDetails("max-items", someone, 0)).isSameAs(flags.evaluate("max-items", someone));
    }

    @Test
    void testsPinVariantsAndRefuseOnesTheFlagLacks() {
        FeatureFlags pinned = flags.withVariant("checkout-button", "orange").withVariants(Map.of("new-checkout", "off"));

        assertThat(pinned.evaluate("checkout-button", Map.of("plan", "enterprise")))
                .isEqualTo(Evaluation.of("orange", "orange", Reason.STATIC, -1));
        assertThat(pinned.isEnabled("new-checkout", Map.of("user_id", "u"))).isFalse();
        assertThat(flags.stringValue("checkout-button", Map.of("plan", "enterprise"), "")).isEqualTo("green");
        assertThatThrownBy(() -> flags.withVariant("checkout-button", "red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("flag 'checkout-button' has no variant 'red'; its variants are: control, green, orange");
        assertThatThrownBy(() -> flags.withVariant("nope", "on"))
                .hasMessage("cannot pin a variant of flag 'nope': <inline> does not declare it");
        assertThatThrownBy(() -> flags.withOverride("checkout-button", true))
                .hasMessage("flag 'checkout-button' is a string flag, not on or off; pin one of its variants instead:"
                        + " control, green, orange");
        assertThat(flags.variantsOf("max-items").names()).isEqualTo(List.of("few", "many"));
    }

    @Test
    void theMetadataOfADeclaredFlagIsThereForProvidersToPassOn() {
        assertThat(flags.metadata("checkout-button")).hasValueSatisfying(m -> {
            assertThat(m.owner()).isEqualTo("growth-team");
            assertThat(m.ticket()).isEqualTo("GROW-90");
            assertThat(m.expires()).hasToString("2099-02-01");
        });
        assertThat(flags.metadata("nope")).isEmpty();
        assertThat(flags.withVariant("checkout-button", "green").metadata("checkout-button")).isPresent();
        assertThat(((Flags) (key, context, d) -> Evaluation.error(ErrorCode.GENERAL, d)).metadata("x")).isEmpty();
    }

    @Test
    void aTestDoubleWrittenAsALambdaAnswersTheTypedMethodsToo() {
        Flags stub = (key, context, defaultValue) -> Evaluation.of("green", "green", Reason.STATIC, -1);

        assertThat(stub.stringValue("anything", null, "x")).isEqualTo("green");
        assertThat(stub.isEnabled("anything")).isFalse(); // a string is not a boolean: the default
        assertThat(stub.value("anything", null, CharSequence.class, "x")).isEqualTo("green");
    }
}
