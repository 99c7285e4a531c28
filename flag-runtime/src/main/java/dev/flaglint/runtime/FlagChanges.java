package dev.flaglint.runtime;

import dev.flaglint.model.Flag;
import dev.flaglint.model.Rule;
import dev.flaglint.model.Targeting;

import java.util.Objects;

/**
 * Whether two declarations of a flag answer alike: the same metadata, variants and evaluation settings in the
 * environment each is compiled for. Where they stand in their files does not count, so a flag that only moved (a
 * flag added above it, a minified JSON copy of the same YAML) is not reported as changed.
 */
final class FlagChanges {

    private FlagChanges() {
    }

    /** {@code null} stands for a flag that is not declared. */
    static boolean same(Flag before, String beforeEnvironment, Flag after, String afterEnvironment) {
        if (before == null || after == null) {
            return before == after;
        }
        return before.valid() == after.valid() && before.metadata().equals(after.metadata())
                && before.variants().equals(after.variants())
                && sameSettings(before.targeting(beforeEnvironment), after.targeting(afterEnvironment));
    }

    private static boolean sameSettings(Targeting a, Targeting b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.enabled() == b.enabled() && Objects.equals(a.rollout(), b.rollout())
                && a.rolloutBy().equals(b.rolloutBy()) && a.rolloutByDeclared() == b.rolloutByDeclared()
                && Objects.equals(a.defaultVariant(), b.defaultVariant()) && a.weights().equals(b.weights())
                && a.rules().stream().map(FlagChanges::unplaced).toList()
                .equals(b.rules().stream().map(FlagChanges::unplaced).toList());
    }

    private static Rule unplaced(Rule rule) {
        return new Rule(rule.conditions(), rule.enabled(), null, rule.variant());
    }
}
