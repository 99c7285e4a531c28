/**
 * The flags file as a model: takes YAML or JSON text and gives out a {@link dev.flaglint.model.FlagsFile}
 * of {@link dev.flaglint.model.Flag}s (metadata, targeting per environment, positions) with every problem
 * located at its line and column, and the lifecycle facts both the runtime and the linter use (expiry,
 * days left, the settled value of a flag ready to remove). Shared by flag-runtime and the Maven plugin.
 */
package dev.flaglint.model;
