package dev.flaglint.lint.remove;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the literals that replaced a flag's calls, as a comment right after them, so that simplification touches
 * only conditions the removal made constant: an {@code if (false)} the team wrote stays as it is. The marks are
 * taken out before anything is written.
 */
final class Marks {

    static final String MARK = "/*flag-lint:kept*/";
    /** Marks where a leftover is, {@code /*flag-lint:left:3*}{@code /}, so its place follows every later edit. */
    static final Pattern LEFT = Pattern.compile("/\\*flag-lint:left:(\\d+)\\*/");

    private Marks() {
    }

    static String marked(String literal) {
        return literal + MARK;
    }

    /** Whether {@code e} is a literal the removal put there. */
    static boolean isMarked(SourceText text, Expression e) {
        return e instanceof LiteralExpr && e.getEnd().isPresent() && text.text().startsWith(MARK, text.end(e));
    }

    static String left(int id) {
        return "/*flag-lint:left:" + id + "*/";
    }

    static String unmark(String text) {
        return LEFT.matcher(text.replace(MARK, "")).replaceAll("");
    }

    /** Where each leftover mark is in the text without marks: id to {line, column}. */
    static Map<Integer, int[]> leftPlaces(String text) {
        String noKept = text.replace(MARK, "");
        Matcher m = LEFT.matcher(noKept);
        StringBuilder clean = new StringBuilder();
        Map<Integer, Integer> offsets = new HashMap<>();
        int at = 0;
        while (m.find()) {
            clean.append(noKept, at, m.start());
            offsets.put(Integer.parseInt(m.group(1)), clean.length());
            at = m.end();
        }
        clean.append(noKept.substring(at));
        SourceText source = new SourceText(clean.toString());
        Map<Integer, int[]> places = new HashMap<>();
        offsets.forEach((id, offset) -> places.put(id, source.position(offset)));
        return places;
    }

}
