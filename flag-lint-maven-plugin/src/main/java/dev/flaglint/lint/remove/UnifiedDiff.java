package dev.flaglint.lint.remove;

import dev.flaglint.lint.source.TextLines;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of a file, as {@code git diff} writes it ({@code --- a/path}, {@code +++ b/path},
 * hunks with three lines of context), so that {@code git apply} or {@code patch -p1} applies it from the top of the
 * build. Lines are compared with Myers' algorithm; line breaks are part of the lines, and a last line without one
 * gets git's "\ No newline at end of file".
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after} of {@code path}; empty when they are equal. */
    static String of(String path, String before, String after) {
        List<String> a = TextLines.keepingEnds(before);
        List<String> b = TextLines.keepingEnds(after);
        List<int[]> script = script(a, b); // {kind, indexA, indexB}: 0 same, -1 delete, +1 insert
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < script.size()) {
            if (script.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < script.size()) {
                if (script.get(end)[0] != 0) {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(script.size(), lastChange + CONTEXT + 1);
            hunk(out, script.subList(start, end), a, b);
            i = end;
        }
        if (out.length() == 0) {
            return "";
        }
        return "diff --git a/" + path + " b/" + path + "\n--- a/" + path + "\n+++ b/" + path + "\n" + out;
    }

    /** How many lines {@code after} takes out of {@code before} and puts in: {removed, added}. */
    static int[] counts(String before, String after) {
        int[] counts = new int[2];
        for (int[] op : script(TextLines.keepingEnds(before), TextLines.keepingEnds(after))) {
            if (op[0] < 0) {
                counts[0]++;
            } else if (op[0] > 0) {
                counts[1]++;
            }
        }
        return counts;
    }

    /**
     * For each line of {@code now} (index 0 is line 1), its line in {@code before}: the same line when it is
     * unchanged, else the line after the last unchanged one before it.
     */
    static int[] lineMap(String now, String before) {
        List<String> a = TextLines.keepingEnds(before);
        List<String> b = TextLines.keepingEnds(now);
        int[] map = new int[Math.max(1, b.size())];
        map[0] = 1;
        int lastA = 0;
        for (int[] op : script(a, b)) {
            if (op[0] == 0) {
                lastA = op[1] + 1;
                map[op[2]] = lastA;
            } else if (op[0] > 0) {
                map[op[2]] = Math.min(Math.max(1, a.size()), lastA + 1);
            }
        }
        return map;
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int startA = -1;
        int startB = -1;
        int countA = 0;
        int countB = 0;
        StringBuilder body = new StringBuilder();
        for (int[] op : ops) {
            if (op[0] <= 0) {
                countA++;
                startA = startA < 0 ? op[1] : startA;
            }
            if (op[0] >= 0) {
                countB++;
                startB = startB < 0 ? op[2] : startB;
            }
            String line = op[0] > 0 ? b.get(op[2]) : a.get(op[1]);
            body.append(op[0] == 0 ? ' ' : op[0] < 0 ? '-' : '+').append(line);
            if (!line.endsWith("\n")) {
                body.append("\n\\ No newline at end of file\n");
            }
        }
        out.append("@@ -").append(range(startA, countA, ops, true)).append(" +")
                .append(range(startB, countB, ops, false)).append(" @@\n").append(body);
    }

    /** {@code start,count} (1-based); an empty side is given as the line before it, as diff does. */
    private static String range(int start, int count, List<int[]> ops, boolean left) {
        if (count == 0) {
            int[] first = ops.get(0);
            int at = left ? first[1] : first[2];
            return at + ",0";
        }
        return (start + 1) + (count == 1 ? "" : "," + count);
    }

    /** The edit script, in order: each op {kind, index in a, index in b} (an index past the end when not used). */
    private static List<int[]> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int d;
        outer:
        for (d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    break outer;
                }
            }
        }
        List<int[]> ops = new ArrayList<>();
        int x = n;
        int y = m;
        for (int step = d; step > 0; step--) {
            int[] prev = trace.get(step);
            int k = x - y;
            int prevK = k == -step || (k != step && prev[max + k - 1] < prev[max + k + 1]) ? k + 1 : k - 1;
            int prevX = prev[max + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                ops.add(0, new int[] {0, --x, --y});
            }
            if (x == prevX) {
                ops.add(0, new int[] {1, x, --y});
            } else {
                ops.add(0, new int[] {-1, --x, y});
            }
        }
        while (x > 0 && y > 0) {
            ops.add(0, new int[] {0, --x, --y});
        }
        return ops;
    }
}
