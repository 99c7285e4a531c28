/**
 * The outputs a goal picks: each takes the request and the result and writes one thing (console lines,
 * {@code flag-lint.json}, {@code flag-lint.sarif}, GitHub annotations and the job summary, the flag
 * inventory, the baseline file). {@link dev.flaglint.lint.report.LintOutputs} is the one place a goal's
 * outputs are written, in order.
 */
package dev.flaglint.lint.report;
