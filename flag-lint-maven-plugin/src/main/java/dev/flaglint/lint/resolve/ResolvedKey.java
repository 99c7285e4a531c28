package dev.flaglint.lint.resolve;

import dev.flaglint.lint.model.KeyResolution;

/**
 * A key argument's meaning: its value when known statically, how it was found, and for a dynamic
 * key with known parts a glob such as {@code stages.*.enabled}.
 */
public record ResolvedKey(String value, KeyResolution resolution, String pattern) {

    public static ResolvedKey dynamic(String pattern) {
        return new ResolvedKey(null, KeyResolution.DYNAMIC, pattern);
    }
}
