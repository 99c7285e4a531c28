package dev.flaglint.model;

import java.util.Optional;

/**
 * A semantic version ({@code MAJOR[.MINOR[.PATCH]][-prerelease][+build]}, an optional leading {@code v}),
 * compared per semver.org: numerically by core, a pre-release sorts before its release, build metadata is
 * ignored. Pre-release and build identifiers are {@code [0-9A-Za-z-]}, separated by dots, never empty:
 * {@code 2.1.0-rc..1} is not a version.
 */
public record SemanticVersion(long major, long minor, long patch, String preRelease)
        implements Comparable<SemanticVersion> {

    /** Core numbers have at most this many digits, so they fit a {@code long}. */
    private static final int MAX_DIGITS = 18;

    /**
     * The version, or empty when {@code text} is not one. Never throws, and reads the text once, without
     * backtracking or recursion: versions come from callers' contexts, of any length.
     */
    public static Optional<SemanticVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        int i = s.startsWith("v") ? 1 : 0;
        long[] core = new long[3];
        for (int part = 0; part < 3; part++) {
            if (part > 0) {
                if (i >= s.length() || s.charAt(i) != '.') {
                    break;
                }
                i++;
            }
            int start = i;
            long value = 0;
            while (i < s.length() && isDigit(s.charAt(i)) && i - start < MAX_DIGITS) {
                value = value * 10 + (s.charAt(i++) - '0');
            }
            if (i == start || (i < s.length() && isDigit(s.charAt(i)))) {
                return Optional.empty(); // no digits, or more than MAX_DIGITS
            }
            core[part] = value;
        }
        String preRelease = null;
        if (i < s.length() && s.charAt(i) == '-') {
            int end = identifiersEnd(s, i + 1);
            if (end < 0) {
                return Optional.empty();
            }
            preRelease = s.substring(i + 1, end);
            i = end;
        }
        if (i < s.length() && s.charAt(i) == '+') {
            i = identifiersEnd(s, i + 1);
        }
        if (i != s.length()) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion(core[0], core[1], core[2], preRelease));
    }

    /** The end of dot-separated, non-empty {@code [0-9A-Za-z-]} identifiers from {@code from}, or -1. */
    private static int identifiersEnd(String s, int from) {
        int i = from;
        while (true) {
            int start = i;
            while (i < s.length() && isIdentifierChar(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return -1;
            }
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
            } else {
                return i;
            }
        }
    }

    @Override
    public int compareTo(SemanticVersion o) {
        int c = Long.compare(major, o.major);
        if (c == 0) {
            c = Long.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Long.compare(patch, o.patch);
        }
        if (c != 0) {
            return c;
        }
        if (preRelease == null || o.preRelease == null) {
            return preRelease == null ? (o.preRelease == null ? 0 : 1) : -1;
        }
        return comparePreRelease(preRelease, o.preRelease);
    }

    private static int comparePreRelease(String a, String b) {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xNum = isNumeric(x[i]);
            boolean yNum = isNumeric(y[i]);
            int c;
            if (xNum && yNum) {
                c = compareNumerically(x[i], y[i]);
            } else if (xNum != yNum) {
                c = xNum ? -1 : 1; // numeric identifiers sort before alphanumeric ones
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** Digit strings of any length by value: without leading zeros, the longer is larger, else by digits. */
    private static int compareNumerically(String a, String b) {
        String x = stripLeadingZeros(a);
        String y = stripLeadingZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isNumeric(String identifier) {
        if (identifier.isEmpty()) {
            return false;
        }
        for (int i = 0; i < identifier.length(); i++) {
            if (!isDigit(identifier.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierChar(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }
}
