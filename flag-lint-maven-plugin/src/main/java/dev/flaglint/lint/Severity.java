package dev.flaglint.lint;

/** How much a finding matters: errors fail the build (unless {@code failOnViolation} is off). */
public enum Severity {
    ERROR, WARNING, INFO
}
