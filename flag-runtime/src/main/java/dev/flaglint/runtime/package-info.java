/**
 * Evaluating flags in an application: takes a flags file (or its model) and an environment, and gives
 * out {@link dev.flaglint.runtime.Flags}: compiled, immutable snapshots ({@link dev.flaglint.runtime.FeatureFlags}),
 * a reloading view of a file, and per call, for a context (any {@code Map}, or a
 * {@link dev.flaglint.runtime.FlagContext}), an {@link dev.flaglint.runtime.Evaluation} with the variant, its
 * value (boolean, string, number or object) and why, read through typed methods. Evaluation never throws. {@link dev.flaglint.runtime.FlagsFileWatcher} follows a file and gives out
 * each complete, error-free version of it; {@link dev.flaglint.runtime.ObservableFlags} (a followed file, a flag
 * service) also give out how current they are and which flags each new version changed.
 */
package dev.flaglint.runtime;
