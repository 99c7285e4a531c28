package dev.flaglint.lint.scan;

import dev.flaglint.lint.source.ByteOrderMark;
import dev.flaglint.lint.source.Fnv1a;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a file's raw bytes once, without decoding them, and tells, for its code (comments, strings,
 * text blocks and character literals are skipped whole: a name there refers to nothing), (a) which of
 * some method names it calls — the name as a whole identifier followed by {@code (} (spaces and line
 * breaks allowed) or preceded by {@code ::} — (b) which of some type names it mentions as identifiers,
 * and (c) which types it declares at its top level ({@code class}, {@code interface}, {@code enum} or
 * {@code record} and a name, outside braces), so that a second top-level type in another type's file
 * is known before anything is parsed. Written by hand because it runs over every byte of every source
 * file: one pass, a table lookup per byte and a hash probe per identifier, no regex, and allocation
 * only for the names it finds.
 */
public final class Prefilter {

    /** What one file calls, mentions and declares at its top level. */
    public record Facts(Set<String> calls, Set<String> mentions, Set<String> declares) {

        /** Whether the file calls one of {@code methods}. */
        public boolean callsAny(Set<String> methods) {
            for (String m : calls) {
                if (methods.contains(m)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final boolean[] IDENTIFIER = new boolean[256];
    /** The bytes that start a comment or literal, or change the brace depth; other punctuation is skipped. */
    private static final boolean[] LEXICAL = new boolean[256];

    static {
        for (char c : "{}\"'/".toCharArray()) {
            LEXICAL[c] = true;
        }
        for (int b = 0; b < 256; b++) {
            // Any non-ASCII byte can only be part of a UTF-8 letter here.
            IDENTIFIER[b] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_'
                    || b == '$' || b >= 0x80;
        }
    }

    /** The keywords that declare a type: {@code @interface} is {@code interface} after an at sign. */
    private static final byte[][] DECLARATION_KEYWORDS = {
        "class".getBytes(StandardCharsets.US_ASCII), "interface".getBytes(StandardCharsets.US_ASCII),
        "enum".getBytes(StandardCharsets.US_ASCII), "record".getBytes(StandardCharsets.US_ASCII)};

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
        Set<String> calls = null;
        Set<String> mentions = null;
        Set<String> declares = null;
        int n = text.length;
        int i = ByteOrderMark.length(text);
        int depth = 0;
        while (i < n) {
            byte b = text[i];
            if (!IDENTIFIER[b & 0xff]) {
                i++;
                if (!LEXICAL[b & 0xff]) {
                    continue;
                }
                if (b == '{') {
                    depth++;
                } else if (b == '}') {
                    depth = Math.max(0, depth - 1);
                } else if (b == '/') {
                    i = i < n && text[i] == '/' ? lineEnd(text, i) : i < n && text[i] == '*' ? commentEnd(text, i + 1) : i;
                } else {
                    i = literalEnd(text, i, b);
                }
                continue;
            }
            int start = i;
            while (i < n && IDENTIFIER[text[i] & 0xff]) {
                i++;
            }
            if (depth == 0 && isDeclarationKeyword(text, start, i) && !afterDot(text, start)) {
                String name = nameAfter(text, i);
                if (name != null) {
                    if (declares == null) {
                        declares = new HashSet<>();
                    }
                    declares.add(name);
                }
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
                    if (isMethod[s] && (calls == null || !calls.contains(names[s])) && isCall(text, start, i)) {
                        if (calls == null) {
                            calls = new HashSet<>();
                        }
                        calls.add(names[s]);
                    }
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        return new Facts(calls == null ? Set.of() : calls, mentions == null ? Set.of() : mentions,
                declares == null ? Set.of() : declares);
    }

    /** Where the line comment that starts before {@code i} ends: at its line break. */
    private static int lineEnd(byte[] text, int i) {
        int j = i;
        while (j < text.length && text[j] != '\n') {
            j++;
        }
        return j;
    }

    /** Past the end of the block comment whose body starts at {@code i}. */
    private static int commentEnd(byte[] text, int i) {
        int j = i;
        while (j + 1 < text.length && !(text[j] == '*' && text[j + 1] == '/')) {
            j++;
        }
        return Math.min(text.length, j + 2);
    }

    /**
     * Past the end of the literal opened by {@code quote} just before {@code i}: a string or character
     * literal (an unclosed one ends at its line, where the compiler reports it), or a text block when
     * two more quotes follow. A backslash takes the next byte along.
     */
    private static int literalEnd(byte[] text, int i, byte quote) {
        int n = text.length;
        if (quote == '"' && i + 1 < n && text[i] == '"' && text[i + 1] == '"') {
            int j = i + 2;
            while (j + 2 < n && !(text[j] == '"' && text[j + 1] == '"' && text[j + 2] == '"')) {
                j += text[j] == '\\' ? 2 : 1;
            }
            return Math.min(n, j + 3);
        }
        int j = i;
        while (j < n && text[j] != quote && text[j] != '\n') {
            j += text[j] == '\\' ? 2 : 1;
        }
        return Math.min(n, j + 1);
    }

    /** Whether the identifier at {@code start} follows a dot: {@code Foo.class} is no declaration. */
    private static boolean afterDot(byte[] text, int start) {
        int before = start - 1;
        while (before >= 0 && isSpace(text[before])) {
            before--;
        }
        return before >= 0 && text[before] == '.';
    }

    /** The identifier after {@code from}, past spaces and comments; {@code null} when something else comes first. */
    private static String nameAfter(byte[] text, int from) {
        int i = from;
        while (i < text.length) {
            if (isSpace(text[i])) {
                i++;
            } else if (text[i] == '/' && i + 1 < text.length && text[i + 1] == '/') {
                while (i < text.length && text[i] != '\n') {
                    i++;
                }
            } else if (text[i] == '/' && i + 1 < text.length && text[i + 1] == '*') {
                i += 2;
                while (i < text.length && !(text[i] == '*' && i + 1 < text.length && text[i + 1] == '/')) {
                    i++;
                }
                i += 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < text.length && IDENTIFIER[text[i] & 0xff]) {
            i++;
        }
        return i > start ? new String(text, start, i - start, StandardCharsets.UTF_8) : null;
    }


    private static boolean isDeclarationKeyword(byte[] text, int start, int end) {
        int length = end - start;
        byte first = text[start];
        if (length < 4 || length > 9 || (first != 'c' && first != 'i' && first != 'e' && first != 'r')) {
            return false; // class, interface, enum, record: most top-level words are none of them
        }
        for (byte[] keyword : DECLARATION_KEYWORDS) {
            if (Arrays.equals(text, start, end, keyword, 0, keyword.length)) {
                return true;
            }
        }
        return false;
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
