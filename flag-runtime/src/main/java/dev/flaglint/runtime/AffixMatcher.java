package dev.flaglint.runtime;

import java.util.List;

/** {@code starts_with} and {@code ends_with}: the value starts (ends) with any of the listed texts. */
final class AffixMatcher implements ValueMatcher {

    private final String[] affixes;
    private final boolean suffix;
    private final boolean ignoreCase;

    AffixMatcher(List<String> affixes, boolean suffix, boolean ignoreCase) {
        this.affixes = affixes.stream().map(a -> ignoreCase ? CaseFolding.fold(a) : a).toArray(String[]::new);
        this.suffix = suffix;
        this.ignoreCase = ignoreCase;
    }

    @Override
    public boolean text(String text, int from) {
        int length = text.length() - from;
        for (String a : affixes) {
            int start = suffix ? text.length() - a.length() : from;
            if (a.length() <= length && (ignoreCase ? CaseFolding.regionEqualsFolded(text, start, a)
                    : text.regionMatches(start, a, 0, a.length()))) {
                return true;
            }
        }
        return false;
    }
}
