package dev.flaglint.model;

import java.util.List;

/**
 * One test of a context attribute, e.g. {@code plan: enterprise} or {@code app_version: { semver_gte: 2.1.0 }}.
 * Values are kept as their text (numbers too), already validated for the operator.
 */
public record Condition(String attribute, Operator operator, List<String> values) {
    public Condition {
        values = List.copyOf(values);
    }
}
