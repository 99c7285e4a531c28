package dev.flaglint.runtime;

import dev.flaglint.model.Flag;
import dev.flaglint.model.Rule;
import dev.flaglint.model.Targeting;
import dev.flaglint.model.Variants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One flag compiled for one environment: conditions, rollout and every possible {@link Evaluation} (each
 * variant for each reason, each rule's) are built at load, so evaluating parses nothing and allocates nothing
 * (regex and semver conditions aside). A boolean flag is the variants {@code on} and {@code off}. Immutable,
 * but for its {@link FlagLog}'s once-latches.
 */
final class CompiledFlag {

    private static final CompiledCondition[][] NO_RULES = new CompiledCondition[0][];
    /** Stands for "not read yet" where {@code null} means "the context has no such attribute". */
    private static final Object UNREAD = new Object();

    private final String key;
    /** Valid, enabled and not pinned: the rules and the rollout decide. One test on the hot path for the three. */
    private final boolean live;
    private final boolean valid;
    private final CompiledCondition[][] ruleConditions;
    /** Per rule: its variant, TARGETING_MATCH, its index. */
    private final Evaluation[] ruleResults;
    private final CompiledRollout rollout;
    /** Per variant, in declaration order: that variant, SPLIT. */
    private final Evaluation[] splitResults;
    /** The default variant (a boolean flag: off), DISABLED. */
    private final Evaluation disabled;
    /** The default variant (a boolean flag: off), DEFAULT: a rollout whose unit the context lacks. */
    private final Evaluation noUnit;
    /** What everyone no rule or rollout picked gets: STATIC without rules, DEFAULT with. */
    private final Evaluation fallback;
    private final Flag source;
    private final boolean expired;
    /** The one answer of a pinned flag, or {@code null}. */
    private final Evaluation pinned;
    private final FlagLog log;

    private CompiledFlag(String key, boolean valid, boolean enabled, CompiledCondition[][] ruleConditions,
                         Evaluation[] ruleResults, CompiledRollout rollout, Evaluation[] splitResults,
                         Evaluation disabled, Evaluation noUnit, Evaluation fallback, Flag source, boolean expired,
                         Evaluation pinned, FlagLog log) {
        this.key = key;
        this.live = valid && enabled && pinned == null;
        this.valid = valid;
        this.ruleConditions = ruleConditions;
        this.ruleResults = ruleResults;
        this.rollout = rollout;
        this.splitResults = splitResults;
        this.disabled = disabled;
        this.noUnit = noUnit;
        this.fallback = fallback;
        this.source = source;
        this.expired = expired;
        this.pinned = pinned;
        this.log = log;
    }

    /** Compiles {@code flag} as it stands in {@code environment} ({@code null}: the defaults). */
    static CompiledFlag compile(Flag flag, String environment, LocalDate today) {
        boolean expired = flag.metadata().isExpiredOn(today);
        FlagLog log = new FlagLog(flag.key(), flag.variants());
        if (!flag.valid()) {
            return new CompiledFlag(flag.key(), false, false, NO_RULES, new Evaluation[0], null, new Evaluation[0],
                    null, null, null, flag, expired, null, log);
        }
        Answers answers = new Answers(flag.variants(), log);
        Targeting t = flag.targeting(environment);
        List<Rule> rules = t.rules();
        CompiledCondition[][] conditions = new CompiledCondition[rules.size()][];
        Evaluation[] results = new Evaluation[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            conditions[i] = rule.conditions().stream().map(CompiledCondition::compile).toArray(CompiledCondition[]::new);
            String variant = rule.variant() != null ? rule.variant() : rule.enabled() ? Variants.ON : Variants.OFF;
            results[i] = answers.of(variant, Reason.TARGETING_MATCH, i);
        }
        String defaultVariant = t.defaultVariant() != null ? t.defaultVariant() : Variants.OFF;
        CompiledRollout rollout = null;
        if (t.rollout() != null) {
            rollout = CompiledRollout.percent(flag.key(), t);
        } else if (!t.weights().isEmpty()) {
            rollout = CompiledRollout.weights(flag.key(), t, flag.variants().names());
        }
        Evaluation[] split = new Evaluation[flag.variants().names().size()];
        for (int i = 0; i < split.length; i++) {
            split[i] = answers.of(flag.variants().names().get(i), Reason.SPLIT, Evaluation.NO_RULE);
        }
        // A boolean flag that is on with no rule or rollout deciding is on; one with variants gives its default.
        String everyoneElse = t.defaultVariant() != null ? t.defaultVariant() : Variants.ON;
        Evaluation fallback = answers.of(everyoneElse, rules.isEmpty() ? Reason.STATIC : Reason.DEFAULT,
                Evaluation.NO_RULE);
        return new CompiledFlag(flag.key(), true, t.enabled(), conditions, results, rollout, split,
                answers.of(defaultVariant, Reason.DISABLED, Evaluation.NO_RULE),
                answers.of(defaultVariant, Reason.DEFAULT, Evaluation.NO_RULE), fallback, flag, expired, null, log);
    }

    /** A flag pinned to one variant (test overrides): reason STATIC. */
    static CompiledFlag pinned(String key, String variant, Object value, CompiledFlag original) {
        Flag source = original == null ? null : original.source;
        FlagLog log = original == null ? new FlagLog(key, Variants.BOOLEAN) : original.log;
        Evaluation answer = new Evaluation(value, variant, Reason.STATIC, Evaluation.NO_RULE, null, log);
        return new CompiledFlag(key, true, true, NO_RULES, new Evaluation[0], null, new Evaluation[0], answer, answer,
                answer, source, false, answer, log);
    }

    /** Evaluates in DESIGN.md's order: kill switch, first matching rule, rollout, then everyone else. */
    Evaluation evaluate(Map<String, ?> context, boolean defaultValue) {
        if (!live) {
            return pinned != null ? pinned : valid ? disabled : Evaluation.error(ErrorCode.PARSE_ERROR, defaultValue);
        }
        // The unit attribute's value once a rule has read it (user_id rules are common): read once, used twice.
        Object unit = UNREAD;
        String unitAttribute = rollout == null ? null : rollout.unitAttribute();
        rules:
        for (int i = 0; i < ruleConditions.length; i++) {
            for (CompiledCondition condition : ruleConditions[i]) {
                Object value = condition.read(context);
                if (condition.attribute() == unitAttribute) {
                    unit = value;
                }
                if (!condition.holds(value, context)) {
                    continue rules;
                }
            }
            return ruleResults[i];
        }
        if (unitAttribute == null) {
            return fallback;
        }
        Object present = rollout.unit(unit == UNREAD ? FlagContext.read(context, unitAttribute) : unit, context);
        if (present == null) {
            log.missingUnit(unitAttribute, rollout.fallsBackToTargetingKey(), context, noUnit.value());
            return noUnit;
        }
        return splitResults[rollout.variantOf(present)];
    }

    String key() {
        return key;
    }

    boolean isExpired() {
        return expired;
    }

    /** The one answer of a pinned flag, or {@code null} for one that evaluates. */
    Evaluation pinnedAnswer() {
        return pinned;
    }

    /** The declaration, or {@code null} for a flag that exists only as a test override. */
    Flag source() {
        return source;
    }

    /** The flag's answers, one per variant and reason (and per rule), sharing its log. */
    private record Answers(Variants variants, FlagLog log) {
        Evaluation of(String variant, Reason reason, int ruleIndex) {
            return new Evaluation(variants.values().get(variant), variant, reason, ruleIndex, null, log);
        }
    }
}
