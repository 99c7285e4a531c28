/**
 * OpenFeature over flag-lint: takes any flag-runtime {@link dev.flaglint.runtime.Flags} and gives out an OpenFeature
 * provider ({@link dev.flaglint.openfeature.FlagLintProvider}) whose typed evaluations, reasons, error codes, flag
 * metadata and events are flag-runtime's in OpenFeature's vocabulary.
 */
package dev.flaglint.openfeature;
