package dev.flaglint.lint.source;

/**
 * A source the check could not read: a Java file that does not parse (or is not UTF-8), or nests too deeply to follow,
 * or a symbolic link looping back to a directory above it. It is reported and skipped.
 *
 * @param line   1-based, 0 when it is not about a line (a link loop)
 * @param column 1-based, 0 when it is not about a line
 */
public record ParseFailure(SourceFile file, int line, int column, Kind kind, String message) {

    /** Why it could not be read. */
    public enum Kind {
        /** The parser rejected the text: a syntax error. */
        SYNTAX,
        /** Bytes that are not UTF-8 where the parser needed a character (in an identifier, say). */
        ENCODING,
        /** Nested deeper than the parser can follow. */
        TOO_DEEP,
        /** A symbolic link to a directory above it: that directory's files are read once, not again through it. */
        LINK_LOOP
    }

    /** A syntax error. */
    public ParseFailure(SourceFile file, int line, int column, String message) {
        this(file, line, column, Kind.SYNTAX, message);
    }
}
