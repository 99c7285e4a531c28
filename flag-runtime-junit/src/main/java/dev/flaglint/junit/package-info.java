/**
 * JUnit 5 support: takes the test's annotations ({@code @FlagOverride}, {@code @BothPaths},
 * {@code @FlagMatrix}, {@code @FlagsFrom}) and the real flags file, and gives tests a
 * {@link dev.flaglint.runtime.Flags} parameter with those pins applied, running templates once per
 * combination of flag values.
 */
package dev.flaglint.junit;
