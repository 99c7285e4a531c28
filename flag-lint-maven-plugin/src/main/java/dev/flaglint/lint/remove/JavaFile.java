package dev.flaglint.lint.remove;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One Java file being rewritten: its text as it was and as it is now, and what the removal left in it or took out
 * of it. Text is changed only by {@link #apply}, with edits whose ranges come from a parse of the current text.
 */
final class JavaFile {

    private final Path path;
    private final String display;
    private final boolean test;
    private final String original;
    private final String byteOrderMark;
    private final boolean editable;
    private String text;
    /** Leftovers by the id of their mark, until their final place is known. */
    private final Map<Integer, Pending> pending = new LinkedHashMap<>();
    private final List<RemovedTest> removedTests = new ArrayList<>();

    /**
     * @param content  the file's text; a leading byte order mark is kept aside and written back
     * @param editable whether it may be changed: not when its bytes are not UTF-8, which writing would alter
     */
    JavaFile(Path path, String display, boolean test, String content, boolean editable) {
        this.editable = editable;
        this.path = path;
        this.display = display;
        this.test = test;
        this.byteOrderMark = content.startsWith("\uFEFF") ? "\uFEFF" : "";
        this.original = content.substring(byteOrderMark.length());
        this.text = original;
    }

    /** A file whose bytes are UTF-8 (the usual case). */
    JavaFile(Path path, String display, boolean test, String content) {
        this(path, display, test, content, true);
    }

    Path path() {
        return path;
    }

    boolean editable() {
        return editable;
    }

    String display() {
        return display;
    }

    boolean test() {
        return test;
    }

    String original() {
        return original;
    }

    String text() {
        return text;
    }

    /** The text as it is to be written: marks taken out, the byte order mark back in front. */
    String content() {
        return byteOrderMark + Marks.unmark(text);
    }

    String originalContent() {
        return byteOrderMark + original;
    }

    boolean changed() {
        return !Marks.unmark(text).equals(original);
    }

    /**
     * Applies edits made against the current text, and marks the places of the leftovers recorded since the last
     * call (a leftover inside deleted text goes with it); returns whether anything changed.
     */
    boolean apply(List<Edit> edits) {
        List<Edit> all = new ArrayList<>(edits);
        Map<Integer, StringBuilder> marks = new TreeMap<>();
        pending.forEach((id, p) -> {
            if (p.offset >= 0) {
                marks.computeIfAbsent(p.offset, o -> new StringBuilder()).append(Marks.left(id));
                p.offset = -1;
            }
        });
        marks.forEach((offset, mark) -> all.add(new Edit(offset, offset, mark.toString())));
        if (!editable) {
            all.removeAll(edits); // only leftover marks, which are never written
        }
        String next = Edit.apply(text, all);
        boolean changed = !next.equals(text);
        text = next;
        return changed;
    }

    Optional<CompilationUnit> parse(JavaParser parser) {
        return parse(parser, text);
    }

    static Optional<CompilationUnit> parse(JavaParser parser, String source) {
        ParseResult<CompilationUnit> result = parser.parse(source);
        return result.isSuccessful() ? result.getResult() : Optional.empty();
    }

    /** Records a leftover at a line and column of the current text; its place follows later edits. */
    void leftover(int line, int column, LeftoverReason reason, String detail) {
        int id = pending.size() + 1;
        pending.put(id, new Pending(new SourceText(text).offset(line, column), reason, detail));
    }

    /**
     * The leftovers at their places in the text as it is now (the original's places when {@code original}: for a
     * dry run, which changes nothing); a leftover whose text was deleted is gone.
     */
    List<Leftover> leftovers(boolean original) {
        apply(List.of());
        Map<Integer, int[]> places = Marks.leftPlaces(text);
        int[] lines = original ? UnifiedDiff.lineMap(Marks.unmark(text), this.original) : null;
        List<Leftover> all = new ArrayList<>();
        pending.forEach((id, p) -> {
            int[] at = places.get(id);
            if (at != null) {
                int line = lines == null ? at[0] : lines[Math.min(at[0], lines.length) - 1];
                all.add(new Leftover(display, line, at[1], p.reason, p.detail));
            }
        });
        return all;
    }

    private static final class Pending {
        private int offset;
        private final LeftoverReason reason;
        private final String detail;

        Pending(int offset, LeftoverReason reason, String detail) {
            this.offset = offset;
            this.reason = reason;
            this.detail = detail;
        }
    }

    void removedTest(RemovedTest test) {
        removedTests.add(test);
    }

    List<RemovedTest> removedTests() {
        return removedTests;
    }
}
