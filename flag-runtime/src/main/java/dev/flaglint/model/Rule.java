package dev.flaglint.model;

import java.util.List;

/**
 * A targeting rule: when every condition holds (an empty list holds for everyone), the flag gives
 * {@code enabled} (a boolean flag) or {@code variant} (a flag with declared variants).
 *
 * @param variant the variant the rule picks, or {@code null} in a boolean flag's rule
 */
public record Rule(List<Condition> conditions, boolean enabled, Position position, String variant) {
    public Rule {
        conditions = List.copyOf(conditions);
    }

    /** A boolean flag's rule. */
    public Rule(List<Condition> conditions, boolean enabled, Position position) {
        this(conditions, enabled, position, null);
    }

    public boolean matchesEveryone() {
        return conditions.isEmpty();
    }
}
