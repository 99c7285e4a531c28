package dev.flaglint.server.source;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.server.json.Sha256;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One valid version of the flags file.
 *
 * @param file     the parsed file (no errors)
 * @param content  its text, for building the effective definitions the server hands out
 * @param format   YAML or JSON
 * @param version  SHA-256 of the content, hex: the same file gives the same version on every replica and restart
 * @param loadedAt when this version was taken
 */
public record Definitions(FlagsFile file, String content, Format format, String version, Instant loadedAt) {

    /** Parses {@code content}; the result may have errors, which the caller must check before using it. */
    public static Definitions parse(String source, String content, Format format, Instant loadedAt) {
        return new Definitions(FlagsFile.parse(source, content, format), content, format, sha256(content), loadedAt);
    }

    static String sha256(String content) {
        return HexFormat.of().formatHex(Sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
