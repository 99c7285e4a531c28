/**
 * JUnit 5 support: takes the test's annotations ({@code @FlagOverride}, {@code @BothPaths},
 * {@code @FlagMatrix}, {@code @FlagsFrom}) and the real flags file, and gives tests a
 * {@link dev.flaglint.runtime.Flags} parameter with those pins applied (on/off, or a variant), running templates
 * once per combination of flag values and naming a failing run by its combination; a launcher listener says how
 * to register the extension when a test lacks it.
 */
package dev.flaglint.junit;
