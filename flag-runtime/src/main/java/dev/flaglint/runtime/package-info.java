/**
 * Evaluating flags in an application: takes a flags file (or its model) and an environment, and gives
 * out {@link dev.flaglint.runtime.Flags}: compiled, immutable snapshots ({@link dev.flaglint.runtime.FeatureFlags}),
 * a reloading view of a file, and per call an {@link dev.flaglint.runtime.Evaluation} with the answer and
 * why. Evaluation never throws. {@link dev.flaglint.runtime.FlagsFileWatcher} follows a file and gives out
 * each complete, error-free version of it.
 */
package dev.flaglint.runtime;
