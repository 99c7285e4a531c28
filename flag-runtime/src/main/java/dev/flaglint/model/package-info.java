/**
 * The flags file as a model: takes a file's bytes (or YAML or JSON text) and gives out a
 * {@link dev.flaglint.model.FlagsFile} of {@link dev.flaglint.model.Flag}s (metadata, targeting per environment,
 * positions) with every problem located at its line and column — oversized, malformed or ambiguous input
 * (see {@link dev.flaglint.model.Limits}) included, never an exception — and the lifecycle facts both the
 * runtime and the linter use (expiry, days left, the settled value of a flag ready to remove). Shared by
 * flag-runtime and the Maven plugin, so both read every file the same way.
 */
package dev.flaglint.model;
