package dev.flaglint.server.http;

import dev.flaglint.server.json.Sha256;
import dev.flaglint.server.store.ChangeRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Entity tags: making them, and reading {@code If-None-Match} and {@code If-Match}. */
final class ETags {

    private ETags() {
    }

    /** {@code "value"}: a strong entity tag. */
    static String quote(String value) {
        return '"' + value + '"';
    }

    /** A strong tag from the parts' SHA-256 (128 bits: collisions are not a practical concern). */
    static String hashed(String... parts) {
        MessageDigest digest = Sha256.newDigest();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return quote(HexFormat.of().formatHex(digest.digest(), 0, 16));
    }

    /** Whether {@code If-None-Match} lists {@code etag} (weak or strong) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The version in {@code If-Match} ({@code "3"}, {@code 3} or {@code W/"3"}); {@link ChangeRequest#ANY_VERSION}
     * without the header or for {@code *}.
     *
     * @throws IllegalArgumentException when it is not a version
     */
    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ChangeRequest.ANY_VERSION;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be a flag version, as in the ETag of a previous answer"
                    + " (e.g. If-Match: \"3\"), got " + ifMatch);
        }
    }
}
