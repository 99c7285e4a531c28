/**
 * Finding flag calls: takes a {@link dev.flaglint.lint.scan.ScanRequest} (source roots, flag APIs,
 * includes/excludes) and gives out a {@link dev.flaglint.lint.scan.ScanResult}: call sites per file with
 * resolved keys and what each does (a call, a test's stub or verification, a method reference), the
 * wrappers found and checked at their callers, and parse failures. A byte-level prefilter decides which
 * files are worth parsing.
 */
package dev.flaglint.lint.scan;
