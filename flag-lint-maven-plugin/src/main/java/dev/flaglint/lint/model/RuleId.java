package dev.flaglint.lint.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every id a finding can carry, as users see and configure it ({@code <severities>},
 * {@code @SuppressWarnings("flag-lint:<id>")}, the baseline). The order is the order reports list the
 * rules in.
 */
public enum RuleId {
    INVALID_METADATA("invalid-metadata"),
    MISSING_METADATA("missing-metadata"),
    EXPIRED("expired"),
    UNDECLARED("undeclared"),
    EXPIRING_SOON("expiring-soon"),
    UNUSED("unused"),
    DYNAMIC_KEY("dynamic-key"),
    PARSE_ERROR("parse-error"),
    POLICY_LIFETIME("policy-lifetime"),
    POLICY_TICKET("policy-ticket"),
    POLICY_OWNER("policy-owner"),
    TYPE_MISMATCH("type-mismatch"),
    /** Not a rule over the code: the baseline's report on its own entries that no longer match. */
    STALE_BASELINE("stale-baseline");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    /** The id as written in configuration and reports, e.g. {@code expiring-soon}. */
    public String id() {
        return id;
    }

    /** The rule with id {@code id}, if there is one. */
    public static Optional<RuleId> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** Every id, in order, for messages that list them. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(RuleId::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
