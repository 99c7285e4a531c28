package dev.flaglint.lint.scan;

import dev.flaglint.lint.source.Fnv1a;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a file's raw bytes once, without decoding them, and tells (a) which of some method names it
 * calls — the name as a whole identifier followed by {@code (} (spaces and line breaks allowed) or
 * preceded by {@code ::} — (b) which of some type names it mentions as identifiers
 * (comments and strings included: it may only over-approximate), and (c) which types it declares at
 * its top level ({@code class}, {@code interface}, {@code enum} or {@code record} and a name, outside
 * braces, comments and literals), so that a second top-level type in another type's file is known
 * before anything is parsed. Written by hand because it runs over every byte of every source file:
 * one pass, a table lookup per byte and a hash probe per identifier, no regex, and allocation only
 * for the names it finds.
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

    /** Where the byte at hand is: the brace depth and declarations count only in code. */
    private enum Lexical { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR, TEXT_BLOCK }

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
        Set<String> calls = null;
        Set<String> mentions = null;
        Set<String> declares = null;
        int n = text.length;
        int i = hasByteOrderMark(text) ? 3 : 0;
        Lexical at = Lexical.CODE;
        int depth = 0;
        byte lastInCode = ';';
        boolean nameFollows = false; // a declaration keyword at the top level was just read
        while (i < n) {
            byte b = text[i];
            if (!IDENTIFIER[b & 0xff]) {
                switch (at) {
                    case CODE -> {
                        if (b == '/' && i + 1 < n && (text[i + 1] == '/' || text[i + 1] == '*')) {
                            at = text[i + 1] == '/' ? Lexical.LINE_COMMENT : Lexical.BLOCK_COMMENT;
                            i += 2;
                            continue;
                        }
                        if (b == '"') {
                            at = threeQuotes(text, i) ? Lexical.TEXT_BLOCK : Lexical.STRING;
                            i += at == Lexical.TEXT_BLOCK ? 3 : 1;
                        } else if (b == '\'') {
                            at = Lexical.CHAR;
                            i++;
                        } else {
                            depth += b == '{' ? 1 : b == '}' && depth > 0 ? -1 : 0;
                            i++;
                            if (isSpace(b)) {
                                continue; // a declaration's name may follow after spaces
                            }
                        }
                        lastInCode = b;
                        nameFollows = false;
                    }
                    case LINE_COMMENT -> {
                        at = b == '\n' ? Lexical.CODE : at;
                        i++;
                    }
                    case BLOCK_COMMENT -> {
                        boolean end = b == '*' && i + 1 < n && text[i + 1] == '/';
                        at = end ? Lexical.CODE : at;
                        i += end ? 2 : 1;
                    }
                    case STRING, CHAR -> {
                        at = b == (at == Lexical.STRING ? '"' : '\'') || b == '\n' ? Lexical.CODE : at;
                        i += b == '\\' ? 2 : 1;
                    }
                    case TEXT_BLOCK -> {
                        boolean end = threeQuotes(text, i);
                        at = end ? Lexical.CODE : at;
                        i += end ? 3 : b == '\\' ? 2 : 1;
                    }
                }
                continue;
            }
            int start = i;
            while (i < n && IDENTIFIER[text[i] & 0xff]) {
                i++;
            }
            if (at == Lexical.CODE && depth == 0) {
                if (nameFollows) {
                    if (declares == null) {
                        declares = new HashSet<>();
                    }
                    declares.add(new String(text, start, i - start, StandardCharsets.UTF_8));
                    nameFollows = false;
                } else {
                    nameFollows = lastInCode != '.' && isDeclarationKeyword(text, start, i);
                }
                lastInCode = 'a';
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

    /** Whether three quotes start at {@code i}: a text block opens or closes. */
    private static boolean threeQuotes(byte[] text, int i) {
        return i + 2 < text.length && text[i] == '"' && text[i + 1] == '"' && text[i + 2] == '"';
    }

    private static boolean hasByteOrderMark(byte[] text) {
        return text.length >= 3 && (text[0] & 0xff) == 0xef && (text[1] & 0xff) == 0xbb && (text[2] & 0xff) == 0xbf;
    }

    private static final byte[][] DECLARATION_KEYWORDS = {
        "class".getBytes(StandardCharsets.US_ASCII), "interface".getBytes(StandardCharsets.US_ASCII),
        "enum".getBytes(StandardCharsets.US_ASCII), "record".getBytes(StandardCharsets.US_ASCII)};

    private static boolean isDeclarationKeyword(byte[] text, int start, int end) {
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
