package dev.flaglint.lint.remove;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a boolean flag value goes. Conditions, returns and lambda results consume it where it stands, so the
 * removal can fix it and simplify the code around it; a value stored in a field, passed to a method or put in a
 * collection or array escapes: the code reading it later keeps both paths, so such a call is left to a person.
 */
final class BooleanUses {

    private static final Set<BinaryExpr.Operator> LOGICAL = EnumSet.of(BinaryExpr.Operator.AND,
            BinaryExpr.Operator.OR, BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS,
            BinaryExpr.Operator.XOR, BinaryExpr.Operator.BINARY_AND, BinaryExpr.Operator.BINARY_OR);
    private static final Set<UnaryExpr.Operator> STEPS = EnumSet.of(UnaryExpr.Operator.PREFIX_INCREMENT,
            UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT,
            UnaryExpr.Operator.POSTFIX_DECREMENT);
    /** Locals holding locals holding the value: a few levels at most. */
    private static final int MAX_DEPTH = 4;

    private BooleanUses() {
    }

    /** Where the value of {@code e} escapes to, in words ("is passed to render(...)"); empty when it does not. */
    static Optional<String> escape(Expression e) {
        return escape(e, 0);
    }

    private static Optional<String> escape(Expression e, int depth) {
        Node n = e;
        boolean pure = true; // still the flag's value itself (or its negation), not combined with anything
        while (true) {
            Node p = n.getParentNode().orElse(null);
            if (p instanceof EnclosedExpr || p instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
                n = p;
            } else if (p instanceof BinaryExpr b && LOGICAL.contains(b.getOperator())) {
                pure = false;
                n = p;
            } else if (p instanceof ConditionalExpr c) {
                if (c.getCondition() == n) {
                    return Optional.empty();
                }
                pure = false;
                n = p;
            } else {
                break;
            }
        }
        Node p = n.getParentNode().orElse(null);
        if (p instanceof IfStmt || p instanceof WhileStmt || p instanceof DoStmt || p instanceof ForStmt
                || p instanceof AssertStmt || p instanceof ReturnStmt || p instanceof LambdaExpr
                || p instanceof ExpressionStmt) {
            return Optional.empty();
        }
        if (p instanceof VariableDeclarator v) {
            if (v.getParentNode().orElse(null) instanceof FieldDeclaration) {
                return Optional.of("is stored in field '" + v.getNameAsString() + "'");
            }
            return pure ? local(v, depth) : Optional.empty();
        }
        if (p instanceof AssignExpr a) {
            return Optional.of("is assigned to " + a.getTarget());
        }
        if (p instanceof MethodCallExpr call) {
            return Optional.of("is passed to " + call.getNameAsString() + "(...)");
        }
        if (p instanceof ObjectCreationExpr create) {
            return Optional.of("is passed to new " + create.getType().getNameAsString() + "(...)");
        }
        if (p instanceof ArrayInitializerExpr || p instanceof ArrayCreationExpr) {
            return Optional.of("is put in an array");
        }
        return Optional.of("is used in " + shorten(String.valueOf(p)));
    }

    /** A local that holds the value: fine when it is never assigned again and each use consumes it. */
    private static Optional<String> local(VariableDeclarator v, int depth) {
        String name = v.getNameAsString();
        if (depth >= MAX_DEPTH || !(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d)
                || d.getVariables().size() != 1 || !(d.getParentNode().orElse(null) instanceof ExpressionStmt)) {
            return Optional.of("is kept in variable '" + name + "'");
        }
        Node body = scopeOf(d);
        if (reassigned(body, name)) {
            return Optional.of("is kept in variable '" + name + "', which is assigned again");
        }
        for (NameExpr use : uses(body, name)) {
            Optional<String> escape = escape(use, depth + 1);
            if (escape.isPresent()) {
                return Optional.of("is kept in variable '" + name + "', whose value " + escape.get());
            }
        }
        return Optional.empty();
    }

    /** The statement block a local is declared in. */
    static Node scopeOf(VariableDeclarationExpr d) {
        Node statement = d.getParentNode().orElseThrow();
        return statement.getParentNode().orElse(statement);
    }

    static boolean reassigned(Node scope, String name) {
        return scope.findAll(AssignExpr.class).stream().anyMatch(a -> names(a.getTarget(), name))
                || scope.findAll(UnaryExpr.class).stream().anyMatch(u -> STEPS.contains(u.getOperator())
                && names(u.getExpression(), name));
    }

    private static boolean names(Expression e, String name) {
        return e instanceof NameExpr n && n.getNameAsString().equals(name);
    }

    /** The reads of a local named {@code name} in its block. */
    static List<NameExpr> uses(Node scope, String name) {
        return scope.findAll(NameExpr.class, n -> n.getNameAsString().equals(name));
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
