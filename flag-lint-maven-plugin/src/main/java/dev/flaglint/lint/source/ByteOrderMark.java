package dev.flaglint.lint.source;

/** The UTF-8 byte order mark some editors write first: not part of the text, and no column. */
public final class ByteOrderMark {

    private ByteOrderMark() {
    }

    /** How many bytes the mark takes at the start of {@code bytes}: 3, or 0 when there is none. */
    public static int length(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                ? 3 : 0;
    }
}
