package dev.flaglint.lint.source;

/**
 * What tells a file changed without reading it. Size and modification time alone miss an edit that
 * keeps both ({@code touch -r}, {@code rsync -t}, a restored CI cache); the change time cannot be set
 * back by any tool, and the file key (device and inode) changes when a file is replaced by another.
 *
 * @param size          bytes
 * @param modifiedNanos modification time
 * @param changedNanos  status change time ({@code ctime}), or {@link #UNKNOWN} where the file system has none
 * @param fileKey       what identifies the file on its file system, or {@code null} where there is none
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos, String fileKey) {

    /** A time the file system does not keep. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    /** The stamp of something that is not a file read for its content (a directory reported as a problem). */
    public static final FileStamp NONE = new FileStamp(-1, UNKNOWN, UNKNOWN, null);

    /**
     * The time of the last change to the file that a tool cannot fake: its change time where the file
     * system keeps one, else its modification time.
     */
    public long lastChangeNanos() {
        return changedNanos == UNKNOWN ? modifiedNanos : changedNanos;
    }
}
