package dev.flaglint.lint.remove;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    private String text;
    private final List<Leftover> leftovers = new ArrayList<>();
    private final List<RemovedTest> removedTests = new ArrayList<>();

    /**
     * @param content the file's text; a leading byte order mark is kept aside and written back
     */
    JavaFile(Path path, String display, boolean test, String content) {
        this.path = path;
        this.display = display;
        this.test = test;
        this.byteOrderMark = content.startsWith("\uFEFF") ? "\uFEFF" : "";
        this.original = content.substring(byteOrderMark.length());
        this.text = original;
    }

    Path path() {
        return path;
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

    /** Applies edits made against the current text; returns whether anything changed. */
    boolean apply(List<Edit> edits) {
        String next = Edit.apply(text, edits);
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

    void leftover(int line, int column, LeftoverReason reason, String detail) {
        leftovers.add(new Leftover(display, line, column, reason, detail));
    }

    List<Leftover> leftovers() {
        return leftovers;
    }

    void removedTest(RemovedTest test) {
        removedTests.add(test);
    }

    List<RemovedTest> removedTests() {
        return removedTests;
    }
}
