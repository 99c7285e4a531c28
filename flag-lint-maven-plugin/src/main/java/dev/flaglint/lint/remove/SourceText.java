package dev.flaglint.lint.remove;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file's text with the parser's positions mapped to offsets (columns count UTF-16 characters, a tab as one, as
 * JavaParser counts them), and the whole-line ranges that deleting a statement or declaration takes.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** The file's line break: {@code \r\n} when it uses those, else {@code \n}. */
    String lineBreak() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The offset of a 1-based line and column. */
    int offset(Position p) {
        return Math.min(text.length(), lineStarts[Math.max(0, Math.min(p.line, lineStarts.length) - 1)] + p.column - 1);
    }

    /** The 1-based {line, column} of an offset. */
    int[] position(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }

    int offset(int line, int column) {
        return offset(new Position(line, column));
    }

    /** Where a node starts. */
    int begin(Node node) {
        return offset(node.getBegin().orElseThrow());
    }

    /** Just past a node's last character. */
    int end(Node node) {
        return offset(node.getEnd().orElseThrow()) + 1;
    }

    /**
     * Where a node starts, counting its comment (a Javadoc, a line comment above it) as part of it; not a comment
     * that ends the line before it, which the parser may attribute to it but belongs to what precedes.
     */
    int beginWithComment(Node node) {
        int begin = begin(node);
        return node.getComment().filter(c -> c.getBegin().isPresent()).map(this::begin)
                .filter(c -> c < begin && blank(lineStart(c), c)).orElse(begin);
    }

    String of(Node node) {
        return text.substring(begin(node), end(node));
    }

    /** The start of the line holding {@code offset}. */
    int lineStart(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** The start of the line before the one starting at {@code lineStart} (a {@code \r\n} is one line break). */
    int previousLineStart(int lineStart) {
        int i = lineStart - 1;
        if (i > 0 && text.charAt(i) == '\n' && text.charAt(i - 1) == '\r') {
            i--;
        }
        return lineStart(Math.max(0, i));
    }

    /** Just past the line break ending the line holding {@code offset} (the text's end on the last line). */
    int nextLineStart(int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    /** The spaces and tabs starting the line holding {@code offset}. */
    String indentAt(int offset) {
        int start = lineStart(offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    boolean blank(int from, int to) {
        return text.substring(from, to).isBlank();
    }

    /** Whether the line from {@code lineStart} is empty or white space only. */
    boolean blankLine(int lineStart) {
        return lineStart < text.length() && blank(lineStart, nextLineStart(lineStart));
    }

    /**
     * The range deleting {@code begin..end} takes: its whole lines when nothing else shares them (and one of two
     * blank lines it would leave around it), else exactly the range.
     */
    Edit deletion(int begin, int end) {
        int from = lineStart(begin);
        int to = nextLineStart(Math.max(begin, end - 1));
        if (!blank(from, begin) || !onlyCommentOrBlank(end, to)) {
            return Edit.delete(begin, end);
        }
        boolean blankBefore = from > 0 && blankLine(previousLineStart(from));
        boolean blankAfter = blankLine(to);
        boolean closesBlock = to < text.length() && text.substring(to, nextLineStart(to)).trim().startsWith("}");
        if (blankAfter && (blankBefore || from == 0)) {
            to = nextLineStart(to);
        } else if (blankBefore && closesBlock) {
            from = previousLineStart(from);
        }
        return Edit.delete(from, to);
    }

    /** Deleting a node with its comment. */
    Edit deletion(Node node) {
        return deletion(beginWithComment(node), end(node));
    }

    private boolean onlyCommentOrBlank(int from, int to) {
        String rest = text.substring(from, to).trim();
        return rest.isEmpty() || rest.startsWith("//");
    }
}
