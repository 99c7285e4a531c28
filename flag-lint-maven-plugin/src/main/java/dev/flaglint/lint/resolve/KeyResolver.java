package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a flag-key expression to its value when the compiler could: string literals, text
 * blocks, final variables and constants (same class, {@code Other.CONSTANT}, static imports, across
 * files and modules), and {@code +} concatenations of those. Anything else is dynamic (empty).
 */
public final class KeyResolver {

    private final TypeNames typeNames;
    private final ConstantIndex constants;

    public KeyResolver(TypeNames typeNames, ConstantIndex constants) {
        this.typeNames = typeNames;
        this.constants = constants;
    }

    /** The value of {@code expression}, or empty when it is not a compile-time constant we can see. */
    public Optional<String> resolve(Expression expression) {
        return resolve(expression, new HashSet<>());
    }

    private Optional<String> resolve(Expression e, Set<Node> visiting) {
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
            return resolve(enclosed.getInner(), visiting);
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = resolve(b.getLeft(), visiting);
            return left.isEmpty() ? left : resolve(b.getRight(), visiting).map(right -> left.get() + right);
        }
        if (e instanceof NameExpr name) {
            return resolveName(name, visiting);
        }
        if (e instanceof FieldAccessExpr access) {
            return resolveFieldAccess(access, visiting);
        }
        return Optional.empty();
    }

    private Optional<String> resolveName(NameExpr name, Set<Node> visiting) {
        String id = name.getNameAsString();
        Optional<Scopes.Declaration> local = Scopes.lookup(name, id);
        if (local.isPresent()) {
            Scopes.Declaration d = local.get();
            // A final variable with a constant initializer is a compile-time constant (JLS 4.12.4).
            return d.isFinal() && d.initializer().isPresent() ? evaluate(d.initializer().get(), visiting)
                    : Optional.empty();
        }
        return name.findCompilationUnit().flatMap(unit -> staticImport(unit, id, visiting));
    }

    private Optional<String> staticImport(CompilationUnit unit, String id, Set<Node> visiting) {
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(id)) {
                String owner = imp.getName().getQualifier().map(Object::toString).orElse("");
                return constant(owner, id, visiting);
            }
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isStatic() && imp.isAsterisk()) {
                Optional<String> value = constant(imp.getNameAsString(), id, visiting);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> resolveFieldAccess(FieldAccessExpr access, Set<Node> visiting) {
        String field = access.getNameAsString();
        Expression scope = access.getScope();
        if (scope instanceof ThisExpr) {
            return access.findAncestor(TypeDeclaration.class)
                    .flatMap(type -> Scopes.field(type, field))
                    .filter(d -> d.isFinal() && d.initializer().isPresent())
                    .flatMap(d -> evaluate(d.initializer().get(), visiting));
        }
        if (scope instanceof NameExpr || scope instanceof FieldAccessExpr) {
            String written = scope.toString();
            if (scope instanceof NameExpr n && Scopes.lookup(n, n.getNameAsString()).isPresent()) {
                return Optional.empty(); // a variable's field, not a class's constant
            }
            return typeNames.resolve(access, written).flatMap(type -> constant(type, field, visiting));
        }
        return Optional.empty();
    }

    private Optional<String> constant(String qualifiedType, String field, Set<Node> visiting) {
        return constants.find(qualifiedType, field)
                .filter(c -> c.declaration().isStatic() || c.declaration().isFinal())
                .flatMap(c -> evaluate(c.declaration().initializer().get(), visiting));
    }

    private Optional<String> evaluate(Expression initializer, Set<Node> visiting) {
        Node owner = initializer.getParentNode().orElse(initializer);
        if (!visiting.add(owner)) {
            return Optional.empty(); // a cycle: A = B + "x", B = A + "y" does not compile anyway
        }
        try {
            return resolve(initializer, visiting);
        } finally {
            visiting.remove(owner);
        }
    }
}
