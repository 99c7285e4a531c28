package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.flaglint.lint.model.KeyResolution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static dev.flaglint.lint.resolve.Expressions.unparenthesized;

/**
 * What an enum constant's key member evaluates to: {@code Flag.X.getKey()} or an enum method's {@code id}. The
 * member is a final field, a no-argument getter returning one, or {@code name()}; a field's value is the constructor's
 * one assignment to it (or its initializer), computed from the constant's arguments and name with exactly
 * these steps: {@code name()}, {@code toLowerCase()}/{@code toUpperCase()} (with or without
 * {@code Locale.ROOT}), {@code replace(a, b)} of constants, and {@code +} with constants. Anything else — a
 * substring, the ordinal, two constructors of the arity, an assignment under a condition — is unknown.
 */
final class EnumKeys {

    /** Getters calling getters, fields read from fields: a few levels in real enums; the bound guards cycles. */
    private static final int MAX_DEPTH = 8;

    /** A value computed for one constant, and how. */
    private record Value(String text, KeyResolution how) {

        Value transformed(String newText) {
            return new Value(newText, KeyResolution.ENUM_COMPUTED);
        }
    }

    private final Function<Expression, Optional<String>> constants;

    /** @param constants the compile-time value of an expression in its own file, if it has one */
    EnumKeys(Function<Expression, Optional<String>> constants) {
        this.constants = constants;
    }

    /** The value of {@code member} ({@code id}, {@code getKey()}, {@code name()}) for {@code constant}. */
    Optional<ResolvedKey> member(ConstantIndex.EnumConstant constant, String member) {
        Optional<Value> value = member.endsWith("()")
                ? getter(constant, member.substring(0, member.length() - 2), 0)
                : field(constant, member, 0);
        return value.map(v -> new ResolvedKey(v.text(), v.how(), null));
    }

    /**
     * The member of the enclosing enum that {@code key}, inside one of the enum's own instance methods, reads:
     * {@code id} or {@code this.id} (an instance field), {@code getKey()} (a no-argument method), or
     * {@code name()}. Such a method evaluates the flag of whichever constant it is called on.
     */
    static Optional<String> memberRead(Expression key) {
        Optional<MethodDeclaration> method = key.findAncestor(MethodDeclaration.class);
        if (method.isEmpty() || method.get().isStatic()
                || !(method.get().getParentNode().orElse(null) instanceof EnumDeclaration type)) {
            return Optional.empty();
        }
        Expression e = unparenthesized(key);
        if (e instanceof NameExpr n && Scopes.lookup(n, n.getNameAsString()).filter(d -> isInstanceFieldOf(d, type))
                .isPresent()) {
            return Optional.of(n.getNameAsString());
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr self && self.getTypeName().isEmpty()
                && Scopes.field(type, f.getNameAsString()).filter(d -> isInstanceFieldOf(d, type)).isPresent()) {
            return Optional.of(f.getNameAsString());
        }
        if (e instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && call.getScope().map(s -> s instanceof ThisExpr).orElse(true)) {
            String name = call.getNameAsString();
            boolean own = name.equals("name") || type.getMethodsByName(name).stream()
                    .anyMatch(m -> m.getParameters().isEmpty() && !m.isStatic());
            return own ? Optional.of(name + "()") : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isInstanceFieldOf(Scopes.Declaration d, EnumDeclaration type) {
        return d.isField() && !d.isStatic() && d.node().getParentNode().flatMap(Node::getParentNode)
                .filter(type::equals).isPresent();
    }

    private Optional<Value> getter(ConstantIndex.EnumConstant constant, String name, int depth) {
        if (name.equals("name")) {
            return Optional.of(new Value(constant.constant().getNameAsString(), KeyResolution.ENUM_NAME));
        }
        if (depth > MAX_DEPTH || overriddenByConstant(constant, name)) {
            return Optional.empty();
        }
        return constant.type().getMethodsByName(name).stream()
                .filter(m -> m.getParameters().isEmpty() && !m.isStatic() && m.getBody().isPresent())
                .findFirst()
                .flatMap(m -> m.getBody().get().getStatements().size() == 1
                        && m.getBody().get().getStatement(0) instanceof ReturnStmt r ? r.getExpression()
                        : Optional.empty())
                .flatMap(e -> evaluate(e, constant, null, depth + 1));
    }

    /** A constant with a class body that declares the method answers for itself. */
    private static boolean overriddenByConstant(ConstantIndex.EnumConstant constant, String method) {
        return constant.constant().getClassBody().stream()
                .anyMatch(b -> b instanceof MethodDeclaration m && m.getNameAsString().equals(method));
    }

    /**
     * An instance field's value for {@code constant}: the one assignment to it among the statements of the
     * constructor of the constant's arity, else its initializer.
     */
    private Optional<Value> field(ConstantIndex.EnumConstant constant, String name, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        EnumDeclaration type = constant.type();
        Optional<VariableDeclarator> declarator = instanceField(type, name);
        if (declarator.isEmpty()) {
            return Optional.empty();
        }
        int arity = constant.constant().getArguments().size();
        List<ConstructorDeclaration> constructors = type.getConstructors().stream()
                .filter(c -> c.getParameters().size() == arity).toList();
        if (constructors.size() > 1) {
            return Optional.empty(); // overloads of one arity: which one runs takes the argument types
        }
        if (constructors.isEmpty() && arity > 0) {
            return Optional.empty();
        }
        if (constructors.size() == 1) {
            ConstructorDeclaration c = constructors.get(0);
            List<AssignExpr> assignments = c.getBody().findAll(AssignExpr.class, a -> assigns(a, name, c));
            if (assignments.size() > 1
                    || c.getBody().getStatements().stream().anyMatch(Statement::isExplicitConstructorInvocationStmt)) {
                return Optional.empty();
            }
            if (assignments.size() == 1) {
                AssignExpr a = assignments.get(0);
                boolean direct = a.getOperator() == AssignExpr.Operator.ASSIGN
                        && a.getParentNode().filter(p -> p instanceof ExpressionStmt s
                        && c.getBody().getStatements().contains(s)).isPresent();
                return direct ? evaluate(a.getValue(), constant, c, depth + 1) : Optional.empty();
            }
        }
        return declarator.get().getInitializer().flatMap(init -> evaluate(init, constant, null, depth + 1));
    }

    /** A final instance field: one that no method can change after the constructor set it. */
    private static Optional<VariableDeclarator> instanceField(EnumDeclaration type, String name) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration f && !f.isStatic() && f.isFinal()) {
                for (VariableDeclarator d : f.getVariables()) {
                    if (d.getNameAsString().equals(name)) {
                        return Optional.of(d);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** {@code this.name = ...}, or {@code name = ...} where no parameter of that name hides the field. */
    private static boolean assigns(AssignExpr a, String name, ConstructorDeclaration c) {
        Expression target = a.getTarget();
        if (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            return f.getNameAsString().equals(name);
        }
        return target instanceof NameExpr n && n.getNameAsString().equals(name)
                && c.getParameters().stream().noneMatch(p -> p.getNameAsString().equals(name));
    }

    /**
     * {@code e} for one constant: its constructor's parameters ({@code constructor}, or none) stand for the
     * constant's arguments, {@code name()} for its name, the enum's fields and getters for their values.
     */
    private Optional<Value> evaluate(Expression expression, ConstantIndex.EnumConstant constant,
                                     ConstructorDeclaration constructor, int depth) {
        Expression e = unparenthesized(expression);
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            if (constructor != null) {
                for (int i = 0; i < constructor.getParameters().size(); i++) {
                    if (constructor.getParameter(i).getNameAsString().equals(name)) {
                        return constants.apply(constant.constant().getArgument(i))
                                .map(v -> new Value(v, KeyResolution.ENUM_ARGUMENT));
                    }
                }
            }
            if (instanceField(constant.type(), name).isPresent()) {
                return field(constant, name, depth + 1);
            }
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            return field(constant, f.getNameAsString(), depth + 1);
        }
        if (e instanceof MethodCallExpr call) {
            return call(call, constant, constructor, depth);
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<Value> left = evaluate(b.getLeft(), constant, constructor, depth + 1);
            Optional<Value> right = evaluate(b.getRight(), constant, constructor, depth + 1);
            return left.isPresent() && right.isPresent()
                    ? Optional.of(left.get().transformed(left.get().text() + right.get().text())) : Optional.empty();
        }
        return constants.apply(e).map(v -> new Value(v, KeyResolution.CONSTANT));
    }

    private Optional<Value> call(MethodCallExpr call, ConstantIndex.EnumConstant constant,
                                 ConstructorDeclaration constructor, int depth) {
        String method = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
            return call.getArguments().isEmpty() ? getter(constant, method, depth + 1) : Optional.empty();
        }
        Optional<Value> of = evaluate(scope.get(), constant, constructor, depth + 1);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        String text = of.get().text();
        return switch (method) {
            case "toLowerCase" -> isRootLocale(call)
                    ? Optional.of(of.get().transformed(text.toLowerCase(Locale.ROOT))) : Optional.empty();
            case "toUpperCase" -> isRootLocale(call)
                    ? Optional.of(of.get().transformed(text.toUpperCase(Locale.ROOT))) : Optional.empty();
            case "replace" -> call.getArguments().size() == 2 ? replaced(call, text).map(of.get()::transformed)
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** No argument, or {@code Locale.ROOT}: for an enum constant's name, the default locale is taken as root. */
    private static boolean isRootLocale(MethodCallExpr call) {
        if (call.getArguments().isEmpty()) {
            return true;
        }
        return call.getArguments().size() == 1 && call.getArgument(0) instanceof FieldAccessExpr f
                && f.getNameAsString().equals("ROOT")
                && (f.getScope().toString().equals("Locale") || f.getScope().toString().equals("java.util.Locale"));
    }

    private Optional<String> replaced(MethodCallExpr call, String text) {
        Optional<String> target = literal(call.getArgument(0));
        Optional<String> replacement = literal(call.getArgument(1));
        return target.isPresent() && replacement.isPresent()
                ? Optional.of(text.replace(target.get(), replacement.get())) : Optional.empty();
    }

    private Optional<String> literal(Expression e) {
        return e instanceof CharLiteralExpr c ? Optional.of(String.valueOf(c.asChar())) : constants.apply(e);
    }
}
