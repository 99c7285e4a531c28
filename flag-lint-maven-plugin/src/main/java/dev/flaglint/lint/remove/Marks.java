package dev.flaglint.lint.remove;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;

/**
 * Marks the literals that replaced a flag's calls, as a comment right after them, so that simplification touches
 * only conditions the removal made constant: an {@code if (false)} the team wrote stays as it is. The marks are
 * taken out before anything is written.
 */
final class Marks {

    static final String MARK = "/*flag-lint:kept*/";

    private Marks() {
    }

    static String marked(String literal) {
        return literal + MARK;
    }

    /** Whether {@code e} is a literal the removal put there. */
    static boolean isMarked(SourceText text, Expression e) {
        return e instanceof LiteralExpr && e.getEnd().isPresent() && text.text().startsWith(MARK, text.end(e));
    }

    static String unmark(String text) {
        return text.replace(MARK, "");
    }
}
