package dev.flaglint.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one way a flags file's bytes become text, whichever API read them: at most
 * {@link Limits#MAX_FILE_BYTES}, strict UTF-8 (a malformed byte is a problem at its line, never silently
 * replaced: a replaced character in a key or an operand would make a rule quietly stop matching), and a
 * leading byte order mark dropped.
 */
final class FlagsFileText {

    private static final String TOO_LARGE = "the file is larger than " + Limits.count(Limits.MAX_FILE_BYTES)
            + " bytes (1 MiB), the most a flags file may have, and crosses that size here; remove flags the code"
            + " no longer uses";

    /** The text, or ({@code text == null}) the problem that stops the file being read, and where. */
    record Decoded(String text, Position at, String problem) {
        static Decoded ok(String text) {
            return new Decoded(text, null, null);
        }

        static Decoded problem(Position at, String problem) {
            return new Decoded(null, at, problem);
        }
    }

    private FlagsFileText() {
    }

    /**
     * Reads {@code in} to its end, or up to one byte past {@link Limits#MAX_FILE_BYTES} (enough for
     * {@link #decode} to report the file too large), so a huge or endless stream costs no more than that.
     */
    static byte[] readAtMostLimit(InputStream in) throws IOException {
        return in.readNBytes(Limits.MAX_FILE_BYTES + 1);
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            return Decoded.problem(positionOfByte(bytes, Limits.MAX_FILE_BYTES), TOO_LARGE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start); // UTF-8 never has fewer bytes than chars
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            return Decoded.problem(positionOfByte(bytes, at), String.format("not UTF-8: byte 0x%02X cannot %s a"
                    + " character here; save the file as UTF-8", bytes[at] & 0xff,
                    (bytes[at] & 0xc0) == 0x80 ? "continue" : "start"));
        }
        return Decoded.ok(out.flip().toString());
    }

    /** Text given as a string: the same size limit (counted in UTF-8 bytes) and byte order mark rule. */
    static Decoded of(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair: 2 + 2
            if (bytes > Limits.MAX_FILE_BYTES) {
                return Decoded.problem(positionOfChar(text, i), TOO_LARGE);
            }
        }
        return Decoded.ok(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
    }

    /**
     * Where the first line longer than {@link Limits#MAX_LINE_LENGTH} crosses the limit, or {@code null}.
     * Checked before a YAML parser sees the text: its reader copies a growing buffer while it scans one
     * value, comment or block line, so such a line costs time growing with the square of its length.
     */
    static Position overlongLine(String text) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = i + 1;
                if (c == '\n' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    line++;
                }
            } else if (i - lineStart >= Limits.MAX_LINE_LENGTH) {
                return new Position(line, i - lineStart + 1);
            }
        }
        return null;
    }

    /** Line and column (in characters, 1-based) of byte {@code offset} of UTF-8 {@code bytes}. */
    private static Position positionOfByte(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xc0) != 0x80) { // continuation bytes belong to the character before
                column++;
            }
        }
        return new Position(line, column);
    }

    private static Position positionOfChar(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }
}
