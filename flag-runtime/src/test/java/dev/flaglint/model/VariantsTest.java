package dev.flaglint.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Flags with declared variants: what the model reads, and every mistake in them as a located problem. */
class VariantsTest {

    private static final String EXPERIMENT = """
                variants: { control: "blue", green: "green", orange: "orange" }
                default_variant: control
                rules:
                  - if: { plan: enterprise }
                    variant: green
                rollout: { control: 50, green: 25, orange: 25 }
            """;

    private static Flag flag(FlagsFile file) {
        return file.flag("f").orElseThrow();
    }

    @Test
    void readsTheExperimentOfTheDesign() {
        FlagsFile file = OneFlag.parse(EXPERIMENT);

        assertThat(file.problems()).isEmpty();
        Flag f = flag(file);
        assertThat(f.valid()).isTrue();
        assertThat(f.valueType()).isEqualTo(ValueType.STRING);
        assertThat(f.variants().declared()).isTrue();
        assertThat(f.variants().names()).containsExactly("control", "green", "orange");
        assertThat(f.variants().values()).containsEntry("control", "blue");
        assertThat(f.variants().describe()).isEqualTo("control: \"blue\", green: \"green\", orange: \"orange\"");
        Targeting t = f.targeting();
        assertThat(t.defaultVariant()).isEqualTo("control");
        assertThat(t.rules()).singleElement().satisfies(r -> assertThat(r.variant()).isEqualTo("green"));
        assertThat(t.rollout()).isNull();
        assertThat(new LinkedHashMap<>(t.weights()).entrySet()).containsExactly(Map.entry("control", 50.0),
                Map.entry("green", 25.0), Map.entry("orange", 25.0));
        assertThat(t.hasRollout()).isTrue();
    }

    @Test
    void aFlagWithoutVariantsIsABooleanFlagWithOnAndOff() {
        Flag f = flag(OneFlag.parse("    rollout: 10\n"));

        assertThat(f.variants()).isSameAs(Variants.BOOLEAN);
        assertThat(f.valueType()).isEqualTo(ValueType.BOOLEAN);
        assertThat(f.variants().values()).containsExactly(Map.entry("on", true), Map.entry("off", false));
        assertThat(f.targeting().defaultVariant()).isNull();
        assertThat(f.targeting().weights()).isEmpty();
    }

    @Test
    void weightsFollowTheVariantsDeclarationOrderAndLeftOutVariantsGetNone() {
        Flag f = flag(OneFlag.parse("""
                    variants: { a: 1, b: 2, c: 3 }
                    default_variant: a
                    rollout: { c: 40, a: 60 }
                """));

        assertThat(new LinkedHashMap<>(f.targeting().weights()).keySet()).containsExactly("a", "c");
    }

    @Test
    void numbersAreIntegersLongsOrDoublesAndObjectsAreImmutableMaps() {
        FlagsFile file = OneFlag.parse("""
                    variants:
                      small: 5
                      whole: 2.0
                      big: 3000000000
                      thousand: 1e3
                      price: 9.99
                      huge: 1e30
                    default_variant: small
                  layout:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-1
                    variants:
                      compact: { columns: 2, dense: true, labels: [a, b], ratio: 0.5 }
                      wide: { columns: 4, dense: false, labels: [], ratio: 1 }
                    default_variant: compact
                """);

        assertThat(file.problems()).isEmpty();
        Map<String, Object> numbers = flag(file).variants().values();
        assertThat(numbers.get("small")).isEqualTo(5);
        assertThat(numbers.get("whole")).isEqualTo(2);
        assertThat(numbers.get("big")).isEqualTo(3_000_000_000L);
        assertThat(numbers.get("thousand")).isEqualTo(1000);
        assertThat(numbers.get("price")).isEqualTo(9.99);
        assertThat(numbers.get("huge")).isEqualTo(1e30);
        assertThat(flag(file).variants().allIntegers()).isFalse();

        Flag layout = file.flag("layout").orElseThrow();
        assertThat(layout.valueType()).isEqualTo(ValueType.OBJECT);
        @SuppressWarnings("unchecked")
        Map<String, Object> compact = (Map<String, Object>) layout.variants().values().get("compact");
        assertThat(compact).containsExactly(Map.entry("columns", 2), Map.entry("dense", true),
                Map.entry("labels", List.of("a", "b")), Map.entry("ratio", 0.5));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> compact.put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void environmentsOverrideTheDefaultVariantAndTheWeights() {
        Flag f = flag(OneFlag.parse(EXPERIMENT + """
                    environments:
                      staging: { default_variant: orange, rollout: { orange: 100 } }
                      production: { enabled: false }
                """));

        assertThat(f.targeting("staging").defaultVariant()).isEqualTo("orange");
        assertThat(f.targeting("staging").weights()).containsExactly(Map.entry("orange", 100.0));
        assertThat(f.targeting("staging").rules()).hasSize(1); // inherited
        assertThat(f.targeting("production").defaultVariant()).isEqualTo("control");
        assertThat(f.targeting("production").weights()).hasSize(3);
    }

    @Test
    void aVariantFlagNeedsNoCatchAllRule() {
        FlagsFile file = OneFlag.parse("""
                    variants: { "yes": true, "no": false }
                    default_variant: "no"
                    rules:
                      - if: { plan: enterprise }
                        variant: "yes"
                """);

        assertThat(file.problems()).isEmpty();
        assertThat(flag(file).valueType()).isEqualTo(ValueType.BOOLEAN);
        assertThat(flag(file).variants().declared()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no default variant      | '    variants: { a: 1, b: 2 }\\n'                                                    | 2:3  | default_variant    | missing; add the variant the flag gives when it is off and to everyone no rule or rollout picks, e.g. 'default_variant: a'
            unknown default variant | '    variants: { control: x, green: y }\\n    default_variant: gren\\n'                 | 8:22 | default_variant    | unknown variant 'gren'; did you mean 'green'? the flag's variants are: control, green
            mixed types             | '    variants: { a: x, b: 2 }\\n    default_variant: a\\n'                              | 7:26 | variants.b        | the variants of a flag have one type: 'a' is a string, 'b' is a number; make them all strings, or use another flag
            a list value            | '    variants: { a: [1, 2] }\\n    default_variant: a\\n'                              | 7:20 | variants.a         | a variant's value is a boolean, text, a number or an object (a mapping), not a list; to give a list, put it in an object, e.g. '{ items: [a, b] }'
            a null value            | '    variants: { a: null }\\n    default_variant: a\\n'                                | 7:20 | variants.a         | a variant needs a value (a boolean, text, a number or an object)
            not a mapping           | '    variants: [a, b]\\n'                                                            | 7:15 | variants           | expected the variants as names with their values, e.g. 'variants: { control: blue, green: green }', got a list
            a bad variant name      | '    variants: { "a b": 1 }\\n    default_variant: "a b"\\n'                          | 7:17 | variants.a b       | a variant name must start with a letter or digit and contain only letters, digits, '.', '_' and '-'; rename it
            a bad number            | '    variants: { a: .inf }\\n    default_variant: a\\n'                                | 7:20 | variants.a         | '.inf' is not a finite number
            rule without variant    | '    variants: { a: 1, b: 2 }\\n    default_variant: a\\n    rules:\\n      - if: { x: 1 }\\n' | 10:9 | rules[0].variant   | say which variant the rule gives, e.g. 'variant: a' (one of: a, b)
            rule with enabled       | '    variants: { a: 1, b: 2 }\\n    default_variant: a\\n    rules:\\n      - enabled: true\\n        variant: b\\n' | 10:9 | rules[0].enabled   | a flag with variants gives a variant in each rule: write 'variant: <name>' (one of: a, b) instead of 'enabled'
            rule with unknown       | '    variants: { a: 1, b: 2 }\\n    default_variant: a\\n    rules:\\n      - variant: zzz\\n' | 10:18 | rules[0].variant  | unknown variant 'zzz'; the flag's variants are: a, b
            weights not summing     | '    variants: { a: 1, b: 2 }\\n    default_variant: a\\n    rollout: { a: 50, b: 40 }\\n' | 9:14 | rollout         | the weights sum to 90; they must sum to 100 (each is the percentage of units that get that variant)
            weight of unknown       | '    variants: { a: 1, b: 2 }\\n    default_variant: a\\n    rollout: { a: 50, bb: 50 }\\n' | 9:23 | rollout.bb      | unknown variant 'bb'; did you mean 'b'? the flag's variants are: a, b
            weight with decimals    | '    variants: { a: 1, b: 2 }\\n    default_variant: a\\n    rollout: { a: 50.005, b: 50 }\\n' | 9:19 | rollout.a | a weight has at most two decimals (steps of 0.01%), got 50.005
            percent on variants     | '    variants: { a: 1, b: 2 }\\n    default_variant: a\\n    rollout: 10\\n'          | 9:14 | rollout           | a flag with variants rolls out by weights, each variant's percentage of units, summing to 100, e.g. 'rollout: { a: 50, b: 50 }', got a number
            weights on a boolean    | '    rollout: { on: 10, off: 90 }\\n'                                                | 7:14 | rollout           | weights per variant need declared 'variants' (and a 'default_variant'); a boolean flag's rollout is the percentage that gets true, e.g. 'rollout: 10'
            variant in boolean rule | '    rules:\\n      - if: { x: 1 }\\n        enabled: true\\n        variant: on\\n      - enabled: false\\n' | 10:9 | rules[0].variant  | this flag declares no variants, so a rule gives 'enabled: true' or 'enabled: false'; to give other values, declare 'variants' and 'default_variant'
            default on a boolean    | '    default_variant: on\\n'                                                        | 7:22 | default_variant   | this flag declares no variants, so it has no default variant (it is a boolean flag: 'enabled' is its answer); declare 'variants' to give other values, or remove 'default_variant'
            """)
    void mistakesAreProblemsAtTheirLineAndMakeTheFlagInvalid(String name, String tail, String at, String field,
                                                             String message) {
        FlagsFile file = OneFlag.parse(tail.replace("\\n", "\n"));

        Problem p = OneFlag.onlyProblem(file);
        assertThat(p.isError()).isTrue();
        assertThat(p.flagKey()).isEqualTo("f");
        assertThat(p.position().toString()).isEqualTo(at);
        assertThat(p.field()).isEqualTo(field);
        assertThat(p.message()).isEqualTo(message);
        assertThat(flag(file).valid()).isFalse();
    }
}
