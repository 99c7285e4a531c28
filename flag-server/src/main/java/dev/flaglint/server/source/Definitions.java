package dev.flaglint.server.source;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;

import java.time.Instant;

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
}
