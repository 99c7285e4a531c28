package dev.flaglint.lint.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Decides from a file's raw bytes, without decoding it, whether it can contain a call of one of
 * the given methods: the name as a whole identifier followed by {@code (} (spaces and line breaks
 * allowed between) or preceded by {@code ::}. A file that passes may still hold no call; one that
 * fails cannot hold any, so it is never parsed. Written by hand because it runs over every byte of
 * every source file: one pass, no allocation, no regex.
 */
public final class Prefilter {

    private final byte[][] names;
    /** For each first byte, whether some name starts with it. */
    private final boolean[] startsName = new boolean[256];

    public Prefilter(Collection<String> methodNames) {
        List<byte[]> list = new ArrayList<>();
        for (String name : methodNames) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0) {
                list.add(bytes);
                startsName[bytes[0] & 0xff] = true;
            }
        }
        this.names = list.toArray(new byte[0][]);
    }

    public boolean mayCall(byte[] text) {
        int n = text.length;
        int i = 0;
        while (i < n) {
            int b = text[i] & 0xff;
            if (!isIdentifierPart(b)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isIdentifierPart(text[i] & 0xff)) {
                i++;
            }
            if (startsName[b] && isCall(text, start, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the identifier at {@code [start, end)} is one of the names, used as a call or a method reference. */
    private boolean isCall(byte[] text, int start, int end) {
        if (!isName(text, start, end)) {
            return false;
        }
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

    private boolean isName(byte[] text, int start, int end) {
        int length = end - start;
        for (byte[] name : names) {
            if (name.length == length && name[0] == text[start] && regionEquals(text, start, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionEquals(byte[] text, int start, byte[] name) {
        for (int k = 1; k < name.length; k++) {
            if (text[start + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    /** Java identifier bytes; any non-ASCII byte counts, since it can only be part of a UTF-8 letter here. */
    private static boolean isIdentifierPart(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '$'
                || b >= 0x80;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }
}
