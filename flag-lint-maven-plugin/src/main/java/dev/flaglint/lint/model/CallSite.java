package dev.flaglint.lint.model;

import java.util.Set;

/**
 * A place in the sources that evaluates a flag.
 *
 * @param file       path relative to the module, with {@code /}
 * @param line       1-based
 * @param column     1-based, the start of the method name
 * @param key        the flag key, or {@code null} when it cannot be known before run time
 * @param expression the key argument as written
 * @param resolution how the key was found
 * @param pattern    for a dynamic key with known parts, a glob of it ({@code stages.*.enabled}), else {@code null}
 * @param api        the matched API, {@code Type#method}
 * @param origin     where that API comes from
 * @param test       whether the file is in a test source root
 * @param suppressed rule ids suppressed here by {@code @SuppressWarnings("flag-lint:<rule>")} on an enclosing
 *                   declaration, as written; {@code *} for {@code @SuppressWarnings("flag-lint")} (all rules)
 * @param reads      the type the call reads the flag's value as, or {@code null} when any (or unknown)
 * @param kind       whether the call evaluates the flag, stubs or verifies a mock's evaluation, or is a method
 *                   reference
 */
public record CallSite(String file, int line, int column, String key, String expression, KeyResolution resolution,
                       String pattern, String api, ApiOrigin origin, boolean test, Set<String> suppressed,
                       ValueKind reads, CallKind kind) {

    /** What {@link #suppressed} holds for {@code @SuppressWarnings("flag-lint")}. */
    public static final String ALL_RULES = "*";

    public CallSite {
        suppressed = suppressed == null ? Set.of() : Set.copyOf(suppressed);
        kind = kind == null ? CallKind.CALL : kind;
    }

    /** A call that evaluates its flag. */
    public CallSite(String file, int line, int column, String key, String expression, KeyResolution resolution,
                    String pattern, String api, ApiOrigin origin, boolean test, Set<String> suppressed,
                    ValueKind reads) {
        this(file, line, column, key, expression, resolution, pattern, api, origin, test, suppressed, reads,
                CallKind.CALL);
    }

    /** A call site nothing suppresses, reading any type. */
    public CallSite(String file, int line, int column, String key, String expression, KeyResolution resolution,
                    String pattern, String api, ApiOrigin origin, boolean test) {
        this(file, line, column, key, expression, resolution, pattern, api, origin, test, Set.of(), null,
                CallKind.CALL);
    }

    /** A call site reading any type. */
    public CallSite(String file, int line, int column, String key, String expression, KeyResolution resolution,
                    String pattern, String api, ApiOrigin origin, boolean test, Set<String> suppressed) {
        this(file, line, column, key, expression, resolution, pattern, api, origin, test, suppressed, null,
                CallKind.CALL);
    }

    /** The called method's name: {@code isEnabled} of {@code dev.flaglint.runtime.FeatureFlags#isEnabled}. */
    public String method() {
        return api.substring(api.lastIndexOf('#') + 1);
    }

    /** Whether findings of {@code rule} at this call site are suppressed. */
    public boolean suppresses(RuleId rule) {
        return suppressed.contains(rule.id()) || suppressed.contains(ALL_RULES);
    }

    public boolean isDynamic() {
        return key == null;
    }

    /** Whether the key is one whose glob names flags though the key itself is not known ({@code payments.*}). */
    public boolean isPattern() {
        return key == null && pattern != null;
    }
}
