package dev.flaglint.lint.source;

import java.nio.file.Path;

/**
 * One {@code .java} file found under a {@link SourceRoot}.
 *
 * @param path        absolute path
 * @param displayPath path relative to its module, with {@code /}, as printed in findings
 * @param root        the root it was found under
 * @param size        its size in bytes when listed
 * @param modified    its modification time in nanoseconds when listed
 */
public record SourceFile(Path path, String displayPath, SourceRoot root, long size, long modified) {
}
