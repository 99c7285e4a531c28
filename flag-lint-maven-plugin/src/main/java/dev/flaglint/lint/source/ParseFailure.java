package dev.flaglint.lint.source;

import com.github.javaparser.Problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** What JavaParser's lexer says when a character is not Java: the position is only in the text. */
    private static final Pattern LEXICAL_POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    /** What malformed UTF-8 decodes to. */
    private static final char REPLACEMENT = '\uFFFD';

    /** A syntax error. */
    public ParseFailure(SourceFile file, int line, int column, String message) {
        this(file, line, column, Kind.SYNTAX, message);
    }

    /** The parser's first problem with {@code file} ({@code null}: it named none), at the position it names. */
    static ParseFailure of(SourceFile file, Problem first) {
        if (first == null) {
            return new ParseFailure(file, 1, 1, "unknown parse error");
        }
        String message = first.getMessage().lines().findFirst().orElse("");
        var begin = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin);
        if (begin.isPresent()) {
            return new ParseFailure(file, begin.get().line, begin.get().column, message);
        }
        Matcher at = LEXICAL_POSITION.matcher(message); // a lexical error has no location, only its text
        if (!at.find()) {
            return new ParseFailure(file, 1, 1, message);
        }
        int line = Integer.parseInt(at.group(1));
        int column = Integer.parseInt(at.group(2));
        if (message.contains("\"\\u" + Integer.toHexString(REPLACEMENT) + "\"")) {
            return new ParseFailure(file, line, column, Kind.ENCODING, "bytes that are not UTF-8 at line " + line
                    + ", column " + column);
        }
        return new ParseFailure(file, line, column, message);
    }

    /** {@code file}, whose {@code text} nests deeper than the stack lets the parser or the check follow. */
    static ParseFailure tooDeep(SourceFile file, String text) {
        Nesting deepest = Nesting.deepest(text);
        return new ParseFailure(file, deepest.line(), 1, Kind.TOO_DEEP, "it nests deeper than flag-lint can follow;"
                + " the deepest nesting is " + deepest.depth() + " brackets, at line " + deepest.line());
    }
}
