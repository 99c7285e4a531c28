package dev.flaglint.lint;

/**
 * A place in the sources that evaluates a flag.
 *
 * @param file       path relative to the module, with {@code /}
 * @param line       1-based
 * @param column     1-based, the start of the method name
 * @param key        the flag key, or {@code null} when it cannot be known before run time
 * @param expression the key argument as written
 * @param api        the matched API, {@code Type#method}
 * @param test       whether the file is in a test source root
 */
public record CallSite(String file, int line, int column, String key, String expression, String api,
                       boolean test) {

    public boolean isDynamic() {
        return key == null;
    }
}
