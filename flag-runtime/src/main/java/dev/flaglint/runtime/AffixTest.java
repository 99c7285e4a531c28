package dev.flaglint.runtime;

import java.util.List;

/** {@code starts_with} and {@code ends_with}: the value starts (ends) with any of the listed texts. */
final class AffixTest implements ValueTest {

    private final String[] affixes;
    private final boolean suffix;
    private final boolean ignoreCase;

    AffixTest(List<String> affixes, boolean suffix, boolean ignoreCase) {
        this.affixes = affixes.toArray(String[]::new);
        this.suffix = suffix;
        this.ignoreCase = ignoreCase;
    }

    @Override
    public boolean text(String text, int from) {
        int length = text.length() - from;
        for (String a : affixes) {
            if (a.length() <= length
                    && text.regionMatches(ignoreCase, suffix ? text.length() - a.length() : from, a, 0, a.length())) {
                return true;
            }
        }
        return false;
    }
}
