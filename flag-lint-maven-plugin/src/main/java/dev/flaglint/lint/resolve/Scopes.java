package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the declaration a simple name refers to at a point in a file, walking outwards through
 * blocks, parameters and enclosing types as Java's scoping does (declarations before the point in
 * a block, then the method's parameters, then fields of each enclosing type).
 */
public final class Scopes {

    /**
     * A declared variable, parameter or field.
     *
     * @param type        its declared type ({@code var} stays {@code var})
     * @param initializer its initializer, if any
     * @param isFinal     declared final (interface fields always are)
     * @param isStatic    a static field (interface fields always are)
     * @param isField     a field rather than a local or parameter
     * @param node        the declaring node: a {@link VariableDeclarator}, {@link Parameter} or pattern
     */
    public record Declaration(Type type, Optional<Expression> initializer, boolean isFinal, boolean isStatic,
                              boolean isField, Node node) {

        /**
         * Whether the variable keeps its initial value, as a constant would: declared {@code final}, or a local
         * with an initializer that nothing assigns again, increments or decrements (effectively final).
         */
        public boolean keepsItsInitializer() {
            return isFinal || (!isField && initializer.isPresent() && node instanceof VariableDeclarator local
                    && neverAssignedAgain(local));
        }
    }

    /**
     * Fields a class inherits, which the sources outside this file may declare; {@code scope} is a
     * type declaration or an anonymous class's creation expression.
     */
    @FunctionalInterface
    public interface Inherited {
        Optional<Declaration> field(Node scope, String name);
    }

    private static final Inherited NONE = (type, name) -> Optional.empty();

    private Scopes() {
    }

    /** The declaration {@code name} means at {@code at}, if it is declared in this file. */
    public static Optional<Declaration> lookup(Node at, String name) {
        return lookup(at, name, NONE);
    }

    /**
     * The declaration {@code name} means at {@code at}: locals and parameters, then for each
     * enclosing type, innermost first, its own fields and then the ones it inherits.
     */
    public static Optional<Declaration> lookup(Node at, String name, Inherited inherited) {
        Node current = at;
        while (current.getParentNode().isPresent()) {
            Node parent = current.getParentNode().get();
            Optional<Declaration> found = declaredIn(parent, current, name);
            if (found.isEmpty() && (parent instanceof TypeDeclaration<?> || isAnonymousClass(parent))) {
                found = inherited.field(parent, name);
            }
            if (found.isPresent()) {
                return found;
            }
            current = parent;
        }
        return Optional.empty();
    }

    /** Whether {@code name} means the variable or parameter that {@code declaration} declares, where it stands. */
    public static boolean refersTo(NameExpr name, Node declaration) {
        return lookup(name, name.getNameAsString()).filter(d -> d.node() == declaration).isPresent();
    }

    static boolean isAnonymousClass(Node node) {
        return node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent();
    }

    private static Optional<Declaration> declaredIn(Node scope, Node from, String name) {
        if (scope instanceof BlockStmt block) {
            return inStatements(block.getStatements(), from, name);
        }
        if (scope instanceof SwitchEntry entry) {
            Optional<Declaration> d = inStatements(entry.getStatements(), from, name);
            return d.isPresent() ? d : inEarlierSwitchGroups(entry, name);
        }
        // Pattern variables: `if (o instanceof T t) {...}`, `a instanceof T t && t...`, `c instanceof T t ? t... : ...`
        if (scope instanceof IfStmt ifStmt && from == ifStmt.getThenStmt()) {
            return inPatterns(ifStmt.getCondition(), name);
        }
        if (scope instanceof BinaryExpr and && and.getOperator() == BinaryExpr.Operator.AND && from == and.getRight()) {
            return inPatterns(and.getLeft(), name);
        }
        if (scope instanceof ConditionalExpr conditional && from == conditional.getThenExpr()) {
            return inPatterns(conditional.getCondition(), name);
        }
        if (scope instanceof CallableDeclaration<?> callable) {
            return inParameters(callable.getParameters(), name);
        }
        if (scope instanceof LambdaExpr lambda) {
            return inParameters(lambda.getParameters(), name);
        }
        if (scope instanceof CatchClause clause) {
            return inParameters(NodeList.nodeList(clause.getParameter()), name);
        }
        if (scope instanceof ForEachStmt forEach) {
            return inLocals(forEach.getVariable(), name);
        }
        if (scope instanceof ForStmt forStmt) {
            for (Expression init : forStmt.getInitialization()) {
                if (init instanceof VariableDeclarationExpr v) {
                    Optional<Declaration> d = inLocals(v, name);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        if (scope instanceof TryStmt tryStmt) {
            for (Expression resource : tryStmt.getResources()) {
                if (resource instanceof VariableDeclarationExpr v) {
                    Optional<Declaration> d = inLocals(v, name);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        if (scope instanceof RecordDeclaration record) {
            Optional<Declaration> d = inParameters(record.getParameters(), name)
                    .map(p -> new Declaration(p.type(), Optional.empty(), true, false, true, p.node()));
            if (d.isPresent()) {
                return d;
            }
        }
        if (scope instanceof TypeDeclaration<?> type) {
            return inFields(type.getMembers(), name, isInterface(type));
        }
        if (scope instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
            return inFields(creation.getAnonymousClassBody().get(), name, false);
        }
        return Optional.empty();
    }

    /** Field {@code name} declared directly in an anonymous class body. */
    public static Optional<Declaration> fieldIn(List<BodyDeclaration<?>> body, String name) {
        return inFields(body, name, false);
    }

    /** Field {@code name} declared directly in {@code type}. */
    public static Optional<Declaration> field(TypeDeclaration<?> type, String name) {
        return inFields(type.getMembers(), name, isInterface(type));
    }

    private static boolean isInterface(TypeDeclaration<?> type) {
        return type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    }

    /** In an old-style switch, a local declared in an earlier case group is in scope in later ones. */
    private static Optional<Declaration> inEarlierSwitchGroups(SwitchEntry entry, String name) {
        if (entry.getType() != SwitchEntry.Type.STATEMENT_GROUP || entry.getParentNode().isEmpty()) {
            return Optional.empty();
        }
        List<SwitchEntry> entries = entry.getParentNode().get() instanceof SwitchStmt sw ? sw.getEntries() : List.of();
        for (SwitchEntry earlier : entries) {
            if (earlier == entry) {
                break;
            }
            Optional<Declaration> d = inStatements(earlier.getStatements(), null, name);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> inPatterns(Expression condition, String name) {
        for (TypePatternExpr pattern : condition.findAll(TypePatternExpr.class)) {
            if (pattern.getNameAsString().equals(name)) {
                return Optional.of(new Declaration(pattern.getType(), Optional.empty(), pattern.isFinal(), false, false,
                        pattern));
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> inStatements(List<Statement> statements, Node from, String name) {
        for (Statement s : statements) {
            if (s == from) {
                break; // only declarations before the point are in scope
            }
            if (s instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr v) {
                Optional<Declaration> d = inLocals(v, name);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> inLocals(VariableDeclarationExpr v, String name) {
        for (VariableDeclarator d : v.getVariables()) {
            if (d.getNameAsString().equals(name)) {
                return Optional.of(new Declaration(d.getType(), d.getInitializer(), v.isFinal(), false, false, d));
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> inParameters(List<Parameter> parameters, String name) {
        for (Parameter p : parameters) {
            if (p.getNameAsString().equals(name)) {
                return Optional.of(new Declaration(p.getType(), Optional.empty(), p.isFinal(), false, false, p));
            }
        }
        return Optional.empty();
    }

    private static Optional<Declaration> inFields(List<BodyDeclaration<?>> members, String name, boolean inInterface) {
        List<FieldDeclaration> fields = new ArrayList<>();
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration f) {
                fields.add(f);
            }
        }
        for (FieldDeclaration f : fields) {
            for (VariableDeclarator d : f.getVariables()) {
                if (d.getNameAsString().equals(name)) {
                    return Optional.of(new Declaration(d.getType(), d.getInitializer(),
                            inInterface || f.isFinal(), inInterface || f.isStatic(), true, d));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether nothing in the local's scope assigns it again, compound assignments and {@code ++}/{@code --}
     * included. The scope is the block (or {@code for}, {@code try}) around its declaration; an assignment to another
     * variable of the same name in there (a field of a local class) counts too, which errs on the side of
     * "not final".
     */
    private static boolean neverAssignedAgain(VariableDeclarator local) {
        String name = local.getNameAsString();
        Node scope = local;
        // Not a switch group: a local of one case group is in scope in the later ones too.
        while (scope.getParentNode().isPresent() && !(scope instanceof BlockStmt || scope instanceof ForStmt
                || scope instanceof TryStmt)) {
            scope = scope.getParentNode().get();
        }
        for (AssignExpr assign : scope.findAll(AssignExpr.class)) {
            if (assign.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name)) {
                return false;
            }
        }
        for (UnaryExpr unary : scope.findAll(UnaryExpr.class)) {
            boolean steps = switch (unary.getOperator()) {
                case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
                default -> false;
            };
            if (steps && unary.getExpression() instanceof NameExpr n && n.getNameAsString().equals(name)) {
                return false;
            }
        }
        return true;
    }
}
