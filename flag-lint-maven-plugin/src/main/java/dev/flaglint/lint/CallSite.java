package dev.flaglint.lint;

import java.util.Set;

/**
 * A place in the sources that evaluates a flag.
 *
 * @param file       path relative to the module, with {@code /}
 * @param line       1-based
 * @param column     1-based, the start of the method name
 * @param key        the flag key, or {@code null} when it cannot be known before run time
 * @param expression the key argument as written
 * @param resolution how the key was found: {@code literal}, {@code constant}, {@code concatenation},
 *                   {@code enum-name}, {@code enum-argument}, or {@code dynamic}
 * @param pattern    for a dynamic key with known parts, a glob of it ({@code stages.*.enabled}), else {@code null}
 * @param api        the matched API, {@code Type#method}
 * @param origin     where that API comes from: a preset name, {@code config} or {@code wrapper}
 * @param test       whether the file is in a test source root
 * @param suppressed rule ids suppressed here by {@code @SuppressWarnings("flag-lint:<rule>")} on an enclosing
 *                   declaration; {@code *} for {@code @SuppressWarnings("flag-lint")} (all rules)
 */
public record CallSite(String file, int line, int column, String key, String expression, String resolution,
                       String pattern, String api, String origin, boolean test, Set<String> suppressed) {

    public CallSite {
        suppressed = suppressed == null ? Set.of() : Set.copyOf(suppressed);
    }

    /** A call site nothing suppresses. */
    public CallSite(String file, int line, int column, String key, String expression, String resolution,
                    String pattern, String api, String origin, boolean test) {
        this(file, line, column, key, expression, resolution, pattern, api, origin, test, Set.of());
    }

    /** Whether findings of {@code rule} at this call site are suppressed. */
    public boolean suppresses(String rule) {
        return suppressed.contains(rule) || suppressed.contains("*");
    }

    public boolean isDynamic() {
        return key == null;
    }
}
