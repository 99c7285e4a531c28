/**
 * The rules: each takes a {@link dev.flaglint.lint.check.CheckContext} (the flags file, this module's call
 * sites, what the reactor evaluates, parse failures, the date and the policy) and gives out findings at
 * their default severity. A rule is one class holding its id, name, descriptions and severity, on a
 * base for call-site or declaration rules.
 */
package dev.flaglint.lint.check;
