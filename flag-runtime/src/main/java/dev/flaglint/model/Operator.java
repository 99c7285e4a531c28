package dev.flaglint.model;

import java.util.Arrays;
import java.util.Optional;

/** The comparisons a rule condition can make; written {@code { attribute: { op: value } }}. */
public enum Operator {
    /** Equal to the value, or to any value of a list (the default when no operator is written). */
    IN("in"),
    NOT_IN("not_in"),
    LT("lt"), LTE("lte"), GT("gt"), GTE("gte"),
    SEMVER_EQ("semver_eq"), SEMVER_LT("semver_lt"), SEMVER_LTE("semver_lte"),
    SEMVER_GT("semver_gt"), SEMVER_GTE("semver_gte"),
    MATCHES("matches"),
    STARTS_WITH("starts_with"),
    ENDS_WITH("ends_with");

    private final String yamlName;

    Operator(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in flags files. */
    public String yamlName() {
        return yamlName;
    }

    public boolean isNumeric() {
        return this == LT || this == LTE || this == GT || this == GTE;
    }

    public boolean isSemver() {
        return name().startsWith("SEMVER_");
    }

    public static Optional<Operator> byYamlName(String name) {
        return Arrays.stream(values()).filter(o -> o.yamlName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Operator::yamlName).toList());
    }
}
