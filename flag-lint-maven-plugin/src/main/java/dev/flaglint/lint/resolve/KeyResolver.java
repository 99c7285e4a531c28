package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.flaglint.lint.FlagApi;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a flag-key expression to its value when the compiler could: string literals, text
 * blocks, final variables and constants (same class, inherited, {@code Other.CONSTANT}, nested
 * classes, static imports, across files and modules), {@code +} concatenations of those, and enum
 * constants (by name or by their String constructor argument). Anything else is dynamic, with a
 * glob of its known parts where there are some.
 */
public final class KeyResolver {

    private final Symbols symbols;

    public KeyResolver(Symbols symbols) {
        this.symbols = symbols;
    }

    public ResolvedKey resolve(Expression expression, FlagApi.EnumKey enumKey) {
        Optional<ConstantIndex.EnumConstant> constant = enumConstant(expression);
        if (constant.isPresent()) {
            return enumKey(constant.get(), enumKey);
        }
        Optional<String> value = value(expression);
        if (value.isPresent()) {
            return new ResolvedKey(value.get(), kind(expression), null);
        }
        return ResolvedKey.dynamic(pattern(expression));
    }

    /** The key an enum constant stands for. */
    public ResolvedKey enumKey(ConstantIndex.EnumConstant constant, FlagApi.EnumKey enumKey) {
        if (enumKey == FlagApi.EnumKey.NAME) {
            return new ResolvedKey(constant.constant().getNameAsString(), "enum-name", null);
        }
        return constant.constant().getArguments().stream().findFirst()
                .flatMap(this::value)
                .map(v -> new ResolvedKey(v, "enum-argument", null))
                .orElseGet(() -> ResolvedKey.dynamic(null));
    }

    /** The enum constant {@code e} names ({@code Features.X}, or {@code X} statically imported), if any. */
    public Optional<ConstantIndex.EnumConstant> enumConstant(Expression e) {
        Optional<ConstantIndex.Member> member = Optional.empty();
        if (e instanceof FieldAccessExpr access && isTypeName(access.getScope())) {
            member = symbols.type(access, access.getScope().toString())
                    .flatMap(type -> symbols.member(type, access.getNameAsString()));
        } else if (e instanceof NameExpr name && symbols.variable(name, name.getNameAsString()).isEmpty()) {
            member = symbols.staticallyImported(name, name.getNameAsString());
        }
        return member.filter(ConstantIndex.EnumConstant.class::isInstance).map(ConstantIndex.EnumConstant.class::cast);
    }

    /** The compile-time value of {@code expression}, if it has one the sources show. */
    public Optional<String> value(Expression expression) {
        return value(expression, new HashSet<>());
    }

    private Optional<String> value(Expression e, Set<Node> visiting) {
        if (e instanceof StringLiteralExpr s) {
            return Optional.of(s.asString());
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return Optional.of(t.asString());
        }
        if (e instanceof CharLiteralExpr c) {
            return Optional.of(String.valueOf(c.asChar()));
        }
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) {
            return Optional.of(e.toString().replaceAll("[lL_]", ""));
        }
        if (e instanceof EnclosedExpr enclosed) {
            return value(enclosed.getInner(), visiting);
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = value(b.getLeft(), visiting);
            return left.isEmpty() ? left : value(b.getRight(), visiting).map(right -> left.get() + right);
        }
        if (e instanceof NameExpr name) {
            Optional<Scopes.Declaration> variable = symbols.variable(name, name.getNameAsString());
            if (variable.isPresent()) {
                return constantValue(variable.get(), visiting);
            }
            return symbols.staticallyImported(name, name.getNameAsString())
                    .flatMap(m -> m instanceof ConstantIndex.Field f ? constantValue(f.declaration(), visiting)
                            : Optional.empty());
        }
        if (e instanceof FieldAccessExpr access) {
            if (access.getScope() instanceof ThisExpr) {
                return access.findAncestor(TypeDeclaration.class)
                        .flatMap(type -> Scopes.field(type, access.getNameAsString()))
                        .flatMap(d -> constantValue(d, visiting));
            }
            if (isTypeName(access.getScope())) {
                return symbols.type(access, access.getScope().toString())
                        .flatMap(type -> symbols.member(type, access.getNameAsString()))
                        .flatMap(m -> m instanceof ConstantIndex.Field f ? constantValue(f.declaration(), visiting)
                                : Optional.empty());
            }
        }
        return Optional.empty();
    }

    /** A final variable with a constant initializer is a compile-time constant (JLS 4.12.4). */
    private Optional<String> constantValue(Scopes.Declaration d, Set<Node> visiting) {
        if (!d.isFinal() || d.initializer().isEmpty()) {
            return Optional.empty();
        }
        Expression initializer = d.initializer().get();
        if (!visiting.add(initializer)) {
            return Optional.empty(); // a cycle: A = B + "x", B = A + "y" does not compile anyway
        }
        try {
            return value(initializer, visiting);
        } finally {
            visiting.remove(initializer);
        }
    }

    /** A scope like {@code Flags}, {@code Outer.Inner} or {@code com.acme.Flags}, not a variable's field. */
    private boolean isTypeName(Expression scope) {
        Expression head = scope;
        while (head instanceof FieldAccessExpr f) {
            head = f.getScope();
        }
        return head instanceof NameExpr n && symbols.variable(n, n.getNameAsString()).isEmpty();
    }

    private static String kind(Expression e) {
        Expression inner = e;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        if (inner instanceof StringLiteralExpr || inner instanceof TextBlockLiteralExpr) {
            return "literal";
        }
        return inner instanceof BinaryExpr ? "concatenation" : "constant";
    }

    /**
     * A glob of a dynamic key's known parts: {@code "stages." + stage + ".enabled"} and
     * {@code String.format("stages.%s.enabled", stage)} both give {@code stages.*.enabled}; null
     * when nothing is known.
     */
    String pattern(Expression e) {
        String glob = glob(e);
        return glob == null || glob.replace("*", "").isEmpty() ? null : glob.replaceAll("\\*+", "*");
    }

    private String glob(Expression e) {
        Optional<String> known = value(e);
        if (known.isPresent()) {
            return known.get().replace("*", "?");
        }
        if (e instanceof EnclosedExpr enclosed) {
            return glob(enclosed.getInner());
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            String left = glob(b.getLeft());
            String right = glob(b.getRight());
            return (left == null ? "*" : left) + (right == null ? "*" : right);
        }
        if (e instanceof MethodCallExpr call && call.getNameAsString().equals("format")
                && call.getScope().filter(s -> s.toString().equals("String")).isPresent()
                && !call.getArguments().isEmpty()) {
            return value(call.getArgument(0))
                    .map(format -> format.replaceAll("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z]", "*"))
                    .orElse(null);
        }
        return null;
    }
}
