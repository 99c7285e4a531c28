package dev.flaglint.lint.model;

import java.util.Locale;

/** How much a finding matters: errors fail the build (unless {@code failOnViolation} is off). */
public enum Severity {
    ERROR, WARNING, INFO;

    /** As written in reports and configuration: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
