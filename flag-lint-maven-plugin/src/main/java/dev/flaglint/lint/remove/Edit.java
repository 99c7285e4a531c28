package dev.flaglint.lint.remove;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One change to a file's text: the characters from {@code begin} (inclusive) to {@code end} (exclusive) become
 * {@code text}. Every rewrite is a list of edits, so everything outside them keeps its bytes.
 */
record Edit(int begin, int end, String text) {

    Edit {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad edit range " + begin + ".." + end);
        }
    }

    static Edit delete(int begin, int end) {
        return new Edit(begin, end, "");
    }

    boolean overlaps(Edit other) {
        return begin < other.end && other.begin < end || begin == other.begin && end == other.end;
    }

    /** {@code text} with {@code edits} applied; edits that overlap an earlier one in the list are dropped. */
    static String apply(String text, List<Edit> edits) {
        List<Edit> kept = new ArrayList<>();
        for (Edit e : edits) {
            if (kept.stream().noneMatch(e::overlaps)) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt(Edit::begin).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Edit e : kept) {
            out.append(text, at, e.begin).append(e.text);
            at = e.end;
        }
        return out.append(text, at, text.length()).toString();
    }
}
