package dev.flaglint.lint.scan.cache;

/** What tells a file changed without reading it: its size and modification time (as Spotless does). */
public record FileStamp(long size, long modifiedNanos) {
}
