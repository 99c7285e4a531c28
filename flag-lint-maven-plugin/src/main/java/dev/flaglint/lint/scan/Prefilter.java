package dev.flaglint.lint.scan;

import dev.flaglint.lint.source.Fnv1a;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a file's raw bytes once, without decoding them, and tells (a) whether it calls one of some
 * method names — the name as a whole identifier followed by {@code (} (spaces and line breaks
 * allowed) or preceded by {@code ::} — and (b) which of some type names it mentions as identifiers
 * (comments included: it may only over-approximate). Written by hand because it runs over every
 * byte of every source file: one pass, a table lookup per byte and a hash probe per identifier, no
 * regex, and allocation only for the names it finds.
 */
public final class Prefilter {

    /** What one file calls and mentions. */
    public record Facts(boolean callsMethod, Set<String> mentions) {
    }

    private static final boolean[] IDENTIFIER = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            // Any non-ASCII byte can only be part of a UTF-8 letter here.
            IDENTIFIER[b] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_'
                    || b == '$' || b >= 0x80;
        }
    }

    /* Open addressing by a 64-bit hash of the identifier's bytes; a collision only adds a mention. */
    private final long[] hashes;
    private final String[] names;
    private final boolean[] isMethod;
    private final boolean[] isType;
    private final int mask;
    /** Cheap gates before hashing: first bytes and lengths that some name has. */
    private final boolean[] firstByte = new boolean[256];
    private final boolean[] length = new boolean[256];

    public Prefilter(Collection<String> methodNames, Collection<String> typeNames) {
        int size = Integer.highestOneBit(Math.max(16, (methodNames.size() + typeNames.size()) * 4)) * 2;
        hashes = new long[size];
        names = new String[size];
        isMethod = new boolean[size];
        isType = new boolean[size];
        mask = size - 1;
        methodNames.stream().filter(n -> !n.isEmpty()).forEach(n -> isMethod[slot(n)] = true);
        typeNames.stream().filter(n -> !n.isEmpty()).forEach(n -> isType[slot(n)] = true);
    }

    private int slot(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        firstByte[bytes[0] & 0xff] = true;
        length[Math.min(bytes.length, 255)] = true;
        long h = Fnv1a.hash(bytes);
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (names[i] != null && hashes[i] != h) {
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        names[i] = name;
        return i;
    }

    public Facts scan(byte[] text) {
        boolean calls = false;
        Set<String> mentions = null;
        int n = text.length;
        int i = 0;
        while (i < n) {
            if (!IDENTIFIER[text[i] & 0xff]) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && IDENTIFIER[text[i] & 0xff]) {
                i++;
            }
            if (!firstByte[text[start] & 0xff] || !length[Math.min(i - start, 255)]) {
                continue; // most identifiers: no name starts so or is so long
            }
            long h = Fnv1a.hash(text, start, i);
            int s = (int) (h ^ (h >>> 32)) & mask;
            while (names[s] != null) {
                if (hashes[s] == h) {
                    if (isType[s]) {
                        if (mentions == null) {
                            mentions = new HashSet<>();
                        }
                        mentions.add(names[s]);
                    }
                    if (isMethod[s] && !calls && isCall(text, start, i)) {
                        calls = true;
                    }
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        return new Facts(calls, mentions == null ? Set.of() : mentions);
    }

    /** Whether the identifier at {@code [start, end)} is used as a call or a method reference. */
    private static boolean isCall(byte[] text, int start, int end) {
        int after = end;
        while (after < text.length && isSpace(text[after])) {
            after++;
        }
        if (after < text.length && text[after] == '(') {
            return true;
        }
        int before = start - 1;
        while (before >= 0 && isSpace(text[before])) {
            before--;
        }
        return before >= 1 && text[before] == ':' && text[before - 1] == ':';
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }
}
