/**
 * The check, free of any build tool: {@link dev.flaglint.lint.FlagLinter} takes a
 * {@link dev.flaglint.lint.LintRequest} and gives out a {@link dev.flaglint.lint.LintResult}, running scan,
 * rules and adjustments in turn and writing no file. {@link dev.flaglint.lint.ReactorPolicy} decides from a
 * {@link dev.flaglint.lint.Reactor} which modules a request reads and who reports on a shared flags file.
 */
package dev.flaglint.lint;
