package dev.flaglint.model;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" for field names and flag keys: the closest candidate within two edits. */
public final class Spelling {

    private Spelling() {
    }

    /** The candidate closest to {@code word} if at most two single-character edits away. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int d = editDistance(word, candidate);
            if (d < bestDistance && !candidate.equals(word)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Like {@link #closest}, else the one candidate that {@code word} abbreviates ({@code prod} for
     * {@code production}) or that abbreviates it: names people shorten, such as environments.
     */
    public static Optional<String> closestOrExpanded(String word, Collection<String> candidates) {
        Optional<String> close = closest(word, candidates);
        if (close.isPresent() || word.isEmpty()) {
            return close;
        }
        java.util.List<String> related = candidates.stream().filter(c -> !c.isEmpty()
                && (c.startsWith(word) || word.startsWith(c))).toList();
        return related.size() == 1 ? Optional.of(related.get(0)) : Optional.empty();
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
