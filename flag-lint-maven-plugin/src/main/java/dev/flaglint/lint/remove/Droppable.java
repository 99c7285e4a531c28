package dev.flaglint.lint.remove;

import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression can be dropped without changing what the program does: names, literals, field reads,
 * lambdas, operators over those, the immutable-collection and flag-context factories, and getters
 * ({@code getX()}, {@code isX()}, {@code hasX()}). Anything else (a call that may write, log or count) is kept, and
 * a rewrite that would drop it is left to a person.
 */
final class Droppable {

    /** Static factories that build a value and do nothing else. */
    private static final Set<String> FACTORIES = Set.of("of", "ofEntries", "entry", "copyOf", "emptyMap",
            "emptyList", "emptySet", "singletonMap", "singletonList", "singleton", "valueOf", "toString",
            "targeting", "with", "empty", "format", "asList");
    private static final Set<String> FACTORY_OWNERS = Set.of("Map", "List", "Set", "Collections", "FlagContext",
            "String", "Integer", "Long", "Boolean", "Double", "Arrays", "Objects");
    /** Instance methods that only read. */
    private static final Set<String> READERS = Set.of("name", "ordinal", "toString", "length", "size", "isEmpty",
            "hashCode");

    private Droppable() {
    }

    /** The first part of {@code e} that may have side effects, or empty when all of it can be dropped. */
    static Optional<Expression> sideEffect(Expression e) {
        if (e instanceof LiteralExpr || e instanceof NameExpr || e instanceof ThisExpr || e instanceof SuperExpr
                || e instanceof ClassExpr || e instanceof LambdaExpr || e instanceof MethodReferenceExpr
                || e instanceof TypeExpr) {
            return Optional.empty();
        }
        if (e instanceof FieldAccessExpr f) {
            return sideEffect(f.getScope());
        }
        if (e instanceof EnclosedExpr p) {
            return sideEffect(p.getInner());
        }
        if (e instanceof CastExpr c) {
            return sideEffect(c.getExpression());
        }
        if (e instanceof InstanceOfExpr i) {
            return sideEffect(i.getExpression());
        }
        if (e instanceof UnaryExpr u) {
            return u.getOperator().isPostfix() || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT ? Optional.of(e) : sideEffect(u.getExpression());
        }
        if (e instanceof BinaryExpr b) {
            return sideEffect(b.getLeft()).or(() -> sideEffect(b.getRight()));
        }
        if (e instanceof ConditionalExpr c) {
            return sideEffect(c.getCondition()).or(() -> sideEffect(c.getThenExpr()))
                    .or(() -> sideEffect(c.getElseExpr()));
        }
        if (e instanceof ArrayAccessExpr a) {
            return sideEffect(a.getName()).or(() -> sideEffect(a.getIndex()));
        }
        if (e instanceof MethodCallExpr call && readsOnly(call)) {
            for (Expression argument : call.getArguments()) {
                Optional<Expression> effect = sideEffect(argument);
                if (effect.isPresent()) {
                    return effect;
                }
            }
            return call.getScope().flatMap(Droppable::sideEffect);
        }
        return Optional.of(e);
    }

    private static boolean readsOnly(MethodCallExpr call) {
        String name = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        if (scope.isPresent() && scope.get() instanceof NameExpr owner && FACTORY_OWNERS.contains(owner.getNameAsString())
                && FACTORIES.contains(name)) {
            return true;
        }
        if (scope.isPresent() && scope.get() instanceof MethodCallExpr inner && name.equals("with")
                && readsOnly(inner)) {
            return true; // FlagContext.targeting(id).with(...)
        }
        return call.getArguments().isEmpty() && (getter(name, "get") || getter(name, "is") || getter(name, "has")
                || READERS.contains(name));
    }

    private static boolean getter(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }
}
