package dev.flaglint.model;

import java.util.List;

/**
 * A targeting rule: when every condition holds (an empty list holds for everyone), the flag is {@code enabled}.
 */
public record Rule(List<Condition> conditions, boolean enabled, Position position) {
    public Rule {
        conditions = List.copyOf(conditions);
    }

    public boolean matchesEveryone() {
        return conditions.isEmpty();
    }
}
