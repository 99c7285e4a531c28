package dev.flaglint.model;

/**
 * The largest flags file, and the largest parts of one, that are read. Each limit is far above what a
 * real file needs, and each is checked as the file is read, so a hostile or corrupt file is rejected in
 * time proportional to its size, with a problem at the line where the limit was crossed. The build's
 * check and the runtime read files the same way, so they accept exactly the same files.
 */
public final class Limits {

    /** A whole file: 1 MiB, about five thousand flags. Larger files are not read further. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /**
     * A line of a YAML file, in characters: the YAML reader's time grows with the square of a line's length.
     * JSON files are not limited per line (they may be written on one line).
     */
    public static final int MAX_LINE_LENGTH = 64 * 1024;
    /** A flag key, a field name, an attribute or environment name. */
    public static final int MAX_NAME_LENGTH = 256;
    /** Any value (a description, an operand, a list item), in characters. */
    public static final int MAX_STRING_LENGTH = 16 * 1024;
    /** Mappings and lists inside one another; the schema itself needs about ten. */
    public static final int MAX_NESTING_DEPTH = 64;
    /**
     * A {@code matches} operand, in characters: compiling a regular expression can take time growing with
     * the square of its length, and every evaluation runs it.
     */
    public static final int MAX_REGEX_LENGTH = 1024;

    private Limits() {
    }

    /** {@code n} with thousands separators, for messages: 16,384. */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
