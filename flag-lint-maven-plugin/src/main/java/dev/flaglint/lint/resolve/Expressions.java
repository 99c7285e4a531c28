package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;

/** Expression shapes that mean the same to the compiler. */
public final class Expressions {

    private Expressions() {
    }

    /** {@code e} without the parentheses around it: {@code ((x))} is {@code x}. */
    public static Expression unparenthesized(Expression e) {
        Expression inner = e;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        return inner;
    }
}
