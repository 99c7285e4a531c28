package dev.flaglint.lint.check;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A team's rules for flag metadata, beyond the schema. Each part is off when unset.
 *
 * @param maxLifetimeDays the longest a non-permanent flag may live ({@code expires - created}), or {@code null}
 * @param ticketPattern   a regular expression every {@code ticket} must match entirely, or {@code null}
 * @param allowedOwners   the owners a flag may have; empty means any
 */
public record Policy(Integer maxLifetimeDays, Pattern ticketPattern, List<String> allowedOwners) {

    /** No policy: only the schema is checked. */
    public static final Policy NONE = new Policy(null, null, List.of());

    public Policy {
        allowedOwners = allowedOwners == null ? List.of() : List.copyOf(allowedOwners);
        if (maxLifetimeDays != null && maxLifetimeDays < 1) {
            throw new IllegalArgumentException("maxLifetimeDays must be 1 or more, got " + maxLifetimeDays);
        }
    }

    /**
     * Builds a policy from configuration text.
     *
     * @throws IllegalArgumentException with a message for the user when a value is malformed
     */
    public static Policy of(Integer maxLifetimeDays, String ticketPattern, List<String> allowedOwners) {
        Pattern pattern = null;
        if (ticketPattern != null && !ticketPattern.isBlank()) {
            try {
                pattern = Pattern.compile(ticketPattern.trim());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("ticketPattern '" + ticketPattern + "' is not a valid regular"
                        + " expression: " + e.getDescription() + " (e.g. use [A-Z]+-[0-9]+ for PAY-1234)");
            }
        }
        List<String> owners = allowedOwners == null ? List.of() : allowedOwners.stream()
                .flatMap(o -> java.util.Arrays.stream(o.split(",")))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Policy(maxLifetimeDays, pattern, owners);
    }
}
