package dev.flaglint.lint.remove;

/**
 * A test deleted with the flag because it only exercised the removed value.
 *
 * @param file   the file, relative to the build's top directory, with {@code /}
 * @param line   where the test method was declared
 * @param name   {@code Class.method}
 * @param reason what pinned the flag to the removed value, e.g. {@code @FlagOverride(..., enabled = false)}
 */
public record RemovedTest(String file, int line, String name, String reason) {
}
