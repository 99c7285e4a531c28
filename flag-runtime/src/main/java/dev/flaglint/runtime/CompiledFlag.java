package dev.flaglint.runtime;

import dev.flaglint.model.Flag;
import dev.flaglint.model.Rule;
import dev.flaglint.model.Targeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One flag compiled for one environment: conditions, rollout and every possible {@link Evaluation} are
 * built at load, so evaluating parses nothing and allocates nothing (regex and semver conditions aside).
 * Immutable.
 */
final class CompiledFlag {

    private final String key;
    private final boolean valid;
    private final boolean enabled;
    private final CompiledCondition[][] ruleConditions;
    private final Evaluation[] ruleResults;
    private final CompiledRollout rollout;
    private final Flag source;
    private final boolean expired;
    /** The one answer of a pinned flag, or {@code null}. */
    private final Evaluation pinned;

    private CompiledFlag(String key, boolean valid, boolean enabled, CompiledCondition[][] ruleConditions,
                         Evaluation[] ruleResults, CompiledRollout rollout, Flag source, boolean expired,
                         Evaluation pinned) {
        this.key = key;
        this.valid = valid;
        this.enabled = enabled;
        this.ruleConditions = ruleConditions;
        this.ruleResults = ruleResults;
        this.rollout = rollout;
        this.source = source;
        this.expired = expired;
        this.pinned = pinned;
    }

    /** Compiles {@code flag} as it stands in {@code environment} ({@code null}: the defaults). */
    static CompiledFlag compile(Flag flag, String environment, LocalDate today) {
        boolean expired = flag.metadata().isExpiredOn(today);
        if (!flag.valid()) {
            return new CompiledFlag(flag.key(), false, false, new CompiledCondition[0][], new Evaluation[0], null,
                    flag, expired, null);
        }
        Targeting t = flag.targeting(environment);
        List<Rule> rules = t.rules();
        CompiledCondition[][] conditions = new CompiledCondition[rules.size()][];
        Evaluation[] results = new Evaluation[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            conditions[i] = rules.get(i).conditions().stream().map(CompiledCondition::compile)
                    .toArray(CompiledCondition[]::new);
            results[i] = new Evaluation(rules.get(i).enabled(), Reason.TARGETING_MATCH, i, null);
        }
        CompiledRollout rollout = t.rollout() == null ? null
                : new CompiledRollout(flag.key(), t.rolloutBy(), t.rollout());
        return new CompiledFlag(flag.key(), true, t.enabled(), conditions, results, rollout, flag, expired, null);
    }

    /** A flag pinned to one answer (test overrides): reason STATIC. */
    static CompiledFlag pinned(String key, boolean enabled, CompiledFlag original) {
        return new CompiledFlag(key, true, enabled, new CompiledCondition[0][], new Evaluation[0], null,
                original == null ? null : original.source, false, Evaluation.of(enabled, Reason.STATIC));
    }

    /** Evaluates in DESIGN.md's order: kill switch, first matching rule, rollout, then {@code enabled}. */
    Evaluation evaluate(Map<String, ?> context, boolean defaultValue) {
        if (pinned != null) {
            return pinned;
        }
        if (!valid) {
            return Evaluation.error(ErrorCode.PARSE_ERROR, defaultValue);
        }
        if (!enabled) {
            return Evaluation.of(false, Reason.DISABLED);
        }
        for (int i = 0; i < ruleConditions.length; i++) {
            if (allHold(ruleConditions[i], context)) {
                return ruleResults[i];
            }
        }
        if (rollout != null) {
            Object unit = rollout.unit(context);
            if (unit == null) {
                return Evaluation.of(false, Reason.DEFAULT);
            }
            return Evaluation.of(rollout.includes(unit), Reason.SPLIT);
        }
        // Valid flags with rules always end in a catch-all rule or a rollout; this is the no-rules case.
        return Evaluation.of(true, ruleConditions.length == 0 ? Reason.STATIC : Reason.DEFAULT);
    }

    private static boolean allHold(CompiledCondition[] conditions, Map<String, ?> context) {
        for (CompiledCondition c : conditions) {
            if (!c.matches(context)) {
                return false;
            }
        }
        return true;
    }

    String key() {
        return key;
    }

    boolean isExpired() {
        return expired;
    }

    /** The declaration, or {@code null} for a flag that exists only as a test override. */
    Flag source() {
        return source;
    }
}
