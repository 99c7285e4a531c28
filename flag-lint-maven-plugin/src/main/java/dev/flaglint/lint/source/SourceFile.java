package dev.flaglint.lint.source;

import java.nio.file.Path;

/**
 * One {@code .java} file found under a {@link SourceRoot}.
 *
 * @param path        absolute path, as found under the root (a symbolic link is not resolved)
 * @param displayPath path relative to its module, with {@code /}, as printed in findings
 * @param root        the root it was found under
 * @param stamp       what tells it changed, read when it was listed
 */
public record SourceFile(Path path, String displayPath, SourceRoot root, FileStamp stamp) {
}
