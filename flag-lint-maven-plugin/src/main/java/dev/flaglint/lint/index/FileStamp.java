package dev.flaglint.lint.index;

/** What tells a file changed without reading it: its size and modification time (as Spotless does). */
public record FileStamp(long size, long modifiedNanos) {
}
