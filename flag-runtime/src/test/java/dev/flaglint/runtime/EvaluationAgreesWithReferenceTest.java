package dev.flaglint.runtime;

import dev.flaglint.model.Condition;
import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Rule;
import dev.flaglint.model.Targeting;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled evaluation against a reference written the plain way, from docs/RUNTIME.md: random flags (rules of
 * several operators, percentages, weights, {@code rollout_by}) and random contexts, given as a {@link FlagContext}
 * (attributes found by identity), a {@code Map.of} and a {@code HashMap} whose keys are fresh strings (found by
 * {@code equals}), must all give the reference's variant, value, reason and rule, and each typed read
 * ({@code isEnabled}, {@code stringValue}, {@code intValue}, {@code doubleValue}) the reference's value. The fast
 * paths this guards: reading an attribute once for a rule and the rollout, the FlagContext lookup, the ASCII hashing
 * loop, equality told apart by length, an email's domain compared in place, ignoring case.
 */
class EvaluationAgreesWithReferenceTest {

    private static final List<String> ATTRIBUTES = List.of("user_id", "plan", "country", "email", "email_domain", "age",
            "targetingKey");
    private static final List<String> TEXTS = List.of("free", "enterprise", "DE", "user-1", "user-42", "42", "7", "",
            "ann@example.org", "eve@Company.com", "bob@company.com", "joe@notcompany.com", "a@company.com@b.org",
            "company.com", "COMPANY.COM", "Zoë", "ZOË",
            "user-\u00e9t\u00e9", "\ud83d\ude00", "x@", "no-at-sign", "-1.5");
    /** Domains and near misses (other case, longer, shorter, with '@'), for emails and {@code email_domain} rules. */
    private static final List<String> DOMAINS = List.of("company.com", "COMPANY.COM", "Company.com", "notcompany.com",
            "x.company.com", "example.org", "zo\u00eb.de", "ZO\u00cb.DE", "b.org", "@company.com", "company.com@");
    private static final List<String> NUMBERS = List.of("18", "42", "-1.5", "1e3", "7");
    private static final List<String> OPERATORS = List.of("in", "not_in", "starts_with", "ends_with", "gte", "lt");
    private static final List<String> VARIANTS = List.of("a", "b", "c");

    /** Holds the logger so its level stays set: contexts without the unit would log once per generated flag. */
    private static final Logger RUNTIME_LOG = Logger.getLogger("dev.flaglint.runtime");
    private static Level levelBefore;

    @BeforeContainer
    static void quiet() {
        levelBefore = RUNTIME_LOG.getLevel();
        RUNTIME_LOG.setLevel(Level.OFF);
    }

    @AfterContainer
    static void restore() {
        RUNTIME_LOG.setLevel(levelBefore);
    }

    record Cond(String attribute, String operator, List<String> operands) {
    }

    /** What a flag's variants hold, and how a caller reads it: each typed read has its own path to check. */
    enum Kind {
        BOOLEAN(""), STRING("{ a: \"A\", b: \"B\", c: \"C\" }"), INT("{ a: 1, b: -2, c: 300000 }"),
        NUMBER("{ a: 1.5, b: -0.25, c: 1e3 }");

        final String variants;

        Kind(String variants) {
            this.variants = variants;
        }

        /** The flag read the way a caller of this kind reads it, with a default no variant holds. */
        Object read(Flags flags, String key, Map<String, ?> context) {
            return switch (this) {
                case BOOLEAN -> flags.isEnabled(key, context, false);
                case STRING -> flags.stringValue(key, context, "none");
                case INT -> flags.intValue(key, context, -99);
                case NUMBER -> flags.doubleValue(key, context, -99.0);
            };
        }

        /** What {@link #read} gives for a flag evaluated to {@code value}. */
        Object expected(Object value) {
            return switch (this) {
                case BOOLEAN, STRING -> value;
                case INT -> ((Number) value).intValue();
                case NUMBER -> ((Number) value).doubleValue();
            };
        }
    }

    /** {@code answer}: a boolean flag's rule gives true for 0, false for 1; a variant flag's rule that variant. */
    record RuleSpec(List<Cond> conditions, int answer) {
    }

    /**
     * {@code rollout}: none (null), a percentage, or for a variant flag weights (the list of three); {@code rolloutBy}
     * null when the file does not say it.
     */
    record FlagSpec(String key, Kind kind, boolean enabled, List<RuleSpec> rules, Object rollout,
                    String rolloutBy) {

        String yaml() {
            StringBuilder y = new StringBuilder("flags:\n  " + key + ":\n    owner: o\n    created: 2026-01-01\n"
                    + "    permanent: true\n    ticket: T-1\n    enabled: " + enabled + "\n");
            if (variants()) {
                y.append("    variants: ").append(kind.variants).append("\n    default_variant: a\n");
            }
            if (!rules.isEmpty() || rollout == null) {
                y.append("    rules:\n");
            }
            for (RuleSpec rule : rules) {
                y.append("      - if: { ").append(rule.conditions.stream().map(FlagSpec::yaml)
                        .collect(Collectors.joining(", "))).append(" }\n").append(answer(rule.answer));
            }
            if (rollout == null) {
                y.append("      - ").append(answer(0).strip()).append('\n'); // a last rule without if: everyone else
            } else if (rollout instanceof List<?> weights) {
                y.append("    rollout: { a: ").append(weights.get(0)).append(", b: ").append(weights.get(1))
                        .append(", c: ").append(weights.get(2)).append(" }\n");
            } else {
                y.append("    rollout: ").append(rollout).append('\n');
            }
            if (rolloutBy != null) {
                y.append("    rollout_by: ").append(rolloutBy).append('\n');
            }
            return y.toString();
        }

        boolean variants() {
            return kind != Kind.BOOLEAN;
        }

        private String answer(int answer) {
            return variants() ? "        variant: " + VARIANTS.get(answer) + "\n"
                    : "        enabled: " + (answer == 0) + "\n";
        }

        private static String yaml(Cond c) {
            String operands = c.operands.stream().map(o -> c.operator.equals("gte") || c.operator.equals("lt") ? o
                    : "\"" + o + "\"").collect(Collectors.joining(", ", "[", "]"));
            String operand = c.operator.equals("gte") || c.operator.equals("lt") ? c.operands.get(0) : operands;
            return c.attribute + ": " + (c.operator.equals("in") ? operands : "{ " + c.operator + ": " + operand + " }");
        }
    }

    @Property(tries = 2000)
    void everyContextTypeGivesTheReferenceAnswer(@ForAll("flags") FlagSpec spec,
                                                 @ForAll("contexts") Map<String, Object> context) {
        agrees(spec, context);
    }

    /**
     * One condition at a time, half of them on {@code email_domain}: a matcher's own fast paths (lengths, offsets,
     * folding) meet the near misses far more often than inside whole flags, where an earlier rule may decide.
     */
    @Property(tries = 3000)
    void everyConditionHoldsWhereTheReferenceSays(@ForAll("conditions") Cond condition,
                                                  @ForAll("contexts") Map<String, Object> context) {
        agrees(new FlagSpec("f", Kind.BOOLEAN, true, List.of(new RuleSpec(List.of(condition), 0)), null, null), context);
    }

    private static void agrees(FlagSpec spec, Map<String, Object> context) {
        String yaml = spec.yaml();
        FlagsFile file = FlagsFile.parse("<generated>", yaml, Format.YAML);
        assertThat(file.problems()).as(yaml).isEmpty();
        FeatureFlags flags = FeatureFlags.from(file, null);
        Flag flag = file.flags().get(spec.key());
        Answer expected = reference(flag, context);

        Map<String, Object> freshKeys = new HashMap<>();
        context.forEach((name, value) -> freshKeys.put(new String(name.toCharArray()), value));
        for (Map<String, ?> asGiven : List.of(FlagContext.of(context), Map.copyOf(context), freshKeys)) {
            Evaluation e = flags.evaluate(spec.key(), asGiven);
            assertThat(new Answer(e.variant(), e.reason(), e.ruleIndex()))
                    .as("%s%ncontext %s (%s)", yaml, context, asGiven.getClass().getSimpleName())
                    .isEqualTo(expected);
            Object value = flag.variants().values().get(expected.variant());
            assertThat(e.value()).isEqualTo(value);
            assertThat(spec.kind().read(flags, spec.key(), asGiven)).as("%s%ncontext %s, typed read (%s)", yaml,
                    context, asGiven.getClass().getSimpleName()).isEqualTo(spec.kind().expected(value));
        }
    }

    @Provide
    Arbitrary<Cond> conditions() {
        return condition(Arbitraries.oneOf(Arbitraries.of(ATTRIBUTES), Arbitraries.just(CompiledCondition.EMAIL_DOMAIN)));
    }

    private static Arbitrary<Cond> condition(Arbitrary<String> attributes) {
        Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.of(TEXTS), Arbitraries.of(DOMAINS));
        return Arbitraries.of(OPERATORS).flatMap(op -> Combinators.combine(attributes,
                op.equals("gte") || op.equals("lt") ? Arbitraries.of(NUMBERS).list().ofSize(1)
                        : texts.filter(t -> !t.isEmpty() || op.equals("in")).list().ofMinSize(1).ofMaxSize(3))
                .as((attribute, operands) -> new Cond(attribute, op, operands)));
    }

    @Provide
    Arbitrary<FlagSpec> flags() {
        Arbitrary<RuleSpec> rule = Combinators.combine(condition(Arbitraries.of(ATTRIBUTES)).list().ofMinSize(1).ofMaxSize(3)
                        .uniqueElements(Cond::attribute), Arbitraries.integers().between(0, 2))
                .as(RuleSpec::new);
        return Arbitraries.of(Kind.class).flatMap(kind -> Combinators.combine(
                Arbitraries.of("f", "new-checkout", "beta-search", "abc", "search.v2", "a1"), // key + ":" leaves 0-3 bytes open
                Arbitraries.of(true, true, true, false),
                rule.map(r -> kind != Kind.BOOLEAN ? r : new RuleSpec(r.conditions(), r.answer() % 2)).list()
                        .ofMaxSize(4),
                kind != Kind.BOOLEAN ? weights() : Arbitraries.of(0.0, 10.0, 50.0, 99.99, 100.0).injectNull(0.25).map(p -> p),
                Arbitraries.of("user_id", "email_domain", "country", "targetingKey").injectNull(0.6))
                .as((key, enabled, rules, rollout, by) -> new FlagSpec(key, kind, enabled, rules, rollout, by)));
    }

    private static Arbitrary<Object> weights() {
        return Arbitraries.integers().between(0, 100).list().ofSize(2)
                .map(two -> (Object) List.of(Math.min(two.get(0), two.get(1)),
                        Math.max(two.get(0), two.get(1)) - Math.min(two.get(0), two.get(1)),
                        100 - Math.max(two.get(0), two.get(1))))
                .injectNull(0.25);
    }

    @Provide
    Arbitrary<Map<String, Object>> contexts() {
        Arbitrary<Object> value = Arbitraries.oneOf(Arbitraries.of(TEXTS).map(t -> (Object) t),
                Arbitraries.of(42, 7L, 42.0, 18.5, -1L, true).map(n -> (Object) n));
        Arbitrary<String> emails = Combinators.combine(Arbitraries.of("ann", "joe", "a@company.com", ""),
                Arbitraries.of("@", "@", "", "@@"), Arbitraries.of(DOMAINS)).as((local, at, domain) -> local + at + domain);
        return Combinators.combine(Arbitraries.maps(Arbitraries.of(ATTRIBUTES), value).ofMaxSize(ATTRIBUTES.size()),
                emails.injectNull(0.5)).as((attributes, email) -> {
                    Map<String, Object> context = new LinkedHashMap<>(attributes);
                    if (email != null) {
                        context.put(CompiledCondition.EMAIL, email);
                    }
                    return context;
                });
    }

    /** What an evaluation decided, as the reference decides it. */
    record Answer(String variant, Reason reason, int rule) {
    }

    /** DESIGN.md's order: kill switch, first rule whose conditions all hold, rollout, everyone else. */
    static Answer reference(Flag flag, Map<String, Object> context) {
        Targeting t = flag.targeting(null);
        String defaultVariant = t.defaultVariant() != null ? t.defaultVariant() : "off";
        if (!t.enabled()) {
            return new Answer(defaultVariant, Reason.DISABLED, -1);
        }
        for (int i = 0; i < t.rules().size(); i++) {
            Rule rule = t.rules().get(i);
            if (rule.conditions().stream().allMatch(c -> holds(c, context))) {
                String variant = rule.variant() != null ? rule.variant() : rule.enabled() ? "on" : "off";
                return new Answer(variant, Reason.TARGETING_MATCH, i);
            }
        }
        if (!t.hasRollout()) {
            return new Answer(t.defaultVariant() != null ? t.defaultVariant() : "on",
                    t.rules().isEmpty() ? Reason.STATIC : Reason.DEFAULT, -1);
        }
        String unit = unit(t, context);
        if (unit == null) {
            return new Answer(defaultVariant, Reason.DEFAULT, -1);
        }
        int bucket = Bucketing.toBucket(Bucketing.murmur3((flag.key() + ":" + unit).getBytes(StandardCharsets.UTF_8)));
        if (t.rollout() != null) {
            return new Answer(bucket < Math.round(t.rollout() * 100) ? "on" : "off", Reason.SPLIT, -1);
        }
        long end = 0;
        List<String> names = flag.variants().names();
        for (String name : names) {
            end += Math.round(t.weights().getOrDefault(name, 0d) * 100);
            if (bucket < end) {
                return new Answer(name, Reason.SPLIT, -1);
            }
        }
        return new Answer(names.get(names.size() - 1), Reason.SPLIT, -1);
    }

    /** The unit as text: the rollout_by attribute (email_domain derived), else, when not declared, the targeting key. */
    private static String unit(Targeting t, Map<String, Object> context) {
        Object value = context.get(t.rolloutBy());
        String unit = value == null && t.rolloutBy().equals("email_domain") ? domainOf(context.get("email"))
                : text(value);
        if (unit != null && t.rolloutBy().equals("email_domain") && value == null) {
            unit = unit.toLowerCase(Locale.ROOT);
        }
        if ((unit == null || unit.isEmpty()) && !t.rolloutByDeclared()) {
            unit = text(context.get("targetingKey"));
        }
        return unit == null || unit.isEmpty() ? null : unit;
    }

    /** Integral numbers as their digits, anything else as its text. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Long.toString(((Number) value).longValue());
        }
        return value.toString();
    }

    private static String domainOf(Object email) {
        if (email == null) {
            return null;
        }
        String text = email.toString();
        int at = text.lastIndexOf('@');
        return at < 0 ? null : text.substring(at + 1);
    }

    private static boolean holds(Condition c, Map<String, Object> context) {
        boolean ignoreCase = c.attribute().equals("email_domain");
        Object value = context.get(c.attribute());
        if (value == null && ignoreCase) {
            value = domainOf(context.get("email"));
        }
        if (value == null) {
            return false;
        }
        String text = ignoreCase ? value.toString().toLowerCase(Locale.ROOT) : value.toString();
        List<String> operands = c.values().stream().map(v -> ignoreCase ? v.toLowerCase(Locale.ROOT) : v).toList();
        return switch (c.operator()) {
            case IN -> anyEqual(value, text, operands);
            case NOT_IN -> !anyEqual(value, text, operands);
            case STARTS_WITH -> operands.stream().anyMatch(text::startsWith);
            case ENDS_WITH -> operands.stream().anyMatch(text::endsWith);
            case GTE -> number(value) >= Double.parseDouble(operands.get(0));
            case LT -> number(value) < Double.parseDouble(operands.get(0));
            default -> throw new IllegalArgumentException("not generated: " + c.operator());
        };
    }

    /** A number in the context equals a listed number by value; anything else compares as text. */
    private static boolean anyEqual(Object value, String text, List<String> operands) {
        if (value instanceof Number n) {
            BigDecimal v = new BigDecimal(n.toString());
            return operands.stream().anyMatch(o -> isNumber(o) && new BigDecimal(o).compareTo(v) == 0);
        }
        return operands.contains(text);
    }

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private static boolean isNumber(String text) {
        return DECIMAL.matcher(text).matches();
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return isNumber(value.toString()) ? Double.parseDouble(value.toString()) : Double.NaN;
    }
}
