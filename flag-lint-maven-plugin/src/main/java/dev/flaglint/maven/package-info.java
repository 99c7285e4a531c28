/**
 * The Maven goals: each takes its parameters and Maven's session, maps them to a
 * {@link dev.flaglint.lint.LintRequest} (through {@code MavenReactor}, which only reads the session),
 * picks its outputs and turns user errors into build failures without a stack trace; {@code add-resource}
 * maps the located flags file onto the module's resources. No decision about flags is made here.
 */
package dev.flaglint.maven;
