package dev.flaglint.lint.resolve;

/**
 * A key argument's meaning: its value when known statically, how it was found, and for a dynamic
 * key with known parts a glob such as {@code stages.*.enabled}.
 */
public record ResolvedKey(String value, String resolution, String pattern) {

    public static ResolvedKey dynamic(String pattern) {
        return new ResolvedKey(null, "dynamic", pattern);
    }
}
