package dev.flaglint.lint.model;

/**
 * What a rule is, for the reports that describe their rules (SARIF) and for its default severity.
 *
 * @param id               the id users see and configure
 * @param name             a PascalCase name (SARIF {@code name})
 * @param defaultSeverity  before any {@code <severities>} override
 * @param shortDescription one sentence
 * @param fullDescription  what it checks
 * @param help             what to do about a finding
 */
public record RuleDoc(RuleId id, String name, Severity defaultSeverity, String shortDescription,
                      String fullDescription, String help) {
}
