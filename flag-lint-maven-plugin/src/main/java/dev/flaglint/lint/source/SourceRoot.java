package dev.flaglint.lint.source;

import java.nio.file.Path;

/**
 * A directory of Java sources.
 *
 * @param directory the root (package directories start below it)
 * @param module    the module it belongs to, for messages
 * @param moduleDir the module's directory, which report paths are relative to
 * @param test      whether it holds test sources
 */
public record SourceRoot(Path directory, String module, Path moduleDir, boolean test) {
}
