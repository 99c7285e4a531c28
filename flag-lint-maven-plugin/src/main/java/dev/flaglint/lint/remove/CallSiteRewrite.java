package dev.flaglint.lint.remove;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first rewrite of a file: every call site of the flag becomes the kept value (marked, for the simplification
 * that follows), Mockito stubs and verifications of it are deleted, and a test that stubs it to the removed value is
 * deleted. A call that cannot be replaced safely is left as it is, with the reason.
 */
final class CallSiteRewrite {

    private static final Set<String> STUB_ENTRIES = Set.of("when", "given");
    private static final Set<String> RETURNS = Set.of("thenReturn", "willReturn", "doReturn");
    private static final Set<String> ANSWERS = Set.of("thenReturn", "willReturn", "doReturn", "thenAnswer",
            "willAnswer", "doAnswer", "thenThrow", "willThrow", "doThrow", "thenCallRealMethod", "doCallRealMethod",
            "willCallRealMethod", "doNothing", "willDoNothing");

    private final KeptValue kept;
    private final ValueReturns returns;
    private final TestMethods tests;

    CallSiteRewrite(KeptValue kept, ValueReturns returns, TestMethods tests) {
        this.kept = kept;
        this.returns = returns;
        this.tests = tests;
    }

    /** The edits for the flag's call sites in {@code file}, parsed as {@code unit}. */
    List<Edit> edits(JavaFile file, CompilationUnit unit, SourceText text, List<CallSite> sites) {
        List<Edit> edits = new ArrayList<>();
        for (CallSite site : sites) {
            Optional<MethodCallExpr> call = unit.findFirst(MethodCallExpr.class, c -> c.getName().getBegin()
                    .map(p -> p.line == site.line() && p.column == site.column()).orElse(false));
            if (call.isEmpty()) {
                file.leftover(site.line(), site.column(), LeftoverReason.NOT_PARSED,
                        site.expression().contains("::") ? "a method reference " + site.expression()
                                + " evaluates flags chosen at run time" : "the call was not found where the check saw it");
                continue;
            }
            rewrite(file, text, site, call.get()).ifPresent(edits::add);
        }
        return edits;
    }

    private Optional<Edit> rewrite(JavaFile file, SourceText text, CallSite site, MethodCallExpr call) {
        Optional<ValueKind> kind = returns.of(site);
        Optional<Edit> mockito = mockito(file, text, site, call, kind);
        if (mockito != null) {
            return mockito;
        }
        if (kind.isEmpty()) {
            boolean more = ValueReturns.returnsMoreThanValue(site);
            return left(file, site, more ? LeftoverReason.NOT_A_VALUE : LeftoverReason.UNKNOWN_RESULT,
                    site.method() + "(...)");
        }
        Optional<String> literal = kept.literal(kind.get());
        if (literal.isEmpty()) {
            return left(file, site, LeftoverReason.TYPE_MISMATCH, kind.get().phrase());
        }
        List<Expression> dropped = new ArrayList<>(call.getArguments());
        call.getScope().ifPresent(dropped::add);
        for (Expression e : dropped) {
            Optional<Expression> effect = Droppable.sideEffect(e);
            if (effect.isPresent()) {
                return left(file, site, LeftoverReason.SIDE_EFFECTS, effect.get().toString());
            }
        }
        if (call.getParentNode().orElse(null) instanceof ExpressionStmt statement) {
            return Optional.of(text.deletion(statement)); // evaluated for nothing
        }
        if (kind.get() == ValueKind.BOOLEAN) {
            Optional<String> escape = BooleanUses.escape(call);
            if (escape.isPresent()) {
                return left(file, site, LeftoverReason.ESCAPES, escape.get());
            }
        }
        return Optional.of(new Edit(text.begin(call), text.end(call), Marks.marked(literal.get())));
    }

    /**
     * A Mockito stub or verification of the call: deleted when it stubs the kept value or verifies; the test
     * deleted when it stubs the removed one. {@code null} when the call is not one.
     */
    private Optional<Edit> mockito(JavaFile file, SourceText text, CallSite site, MethodCallExpr call,
                                   Optional<ValueKind> kind) {
        Optional<ExpressionStmt> verification = verification(call);
        if (verification.isPresent()) {
            return Optional.of(text.deletion(verification.get()));
        }
        List<MethodCallExpr> answers = new ArrayList<>();
        Optional<ExpressionStmt> stub = stub(call, answers);
        if (stub.isEmpty()) {
            return null;
        }
        Optional<String> literal = kind.flatMap(kept::literal);
        if (answers.size() != 1 || !RETURNS.contains(answers.get(0).getNameAsString())
                || answers.get(0).getArguments().size() != 1 || literal.isEmpty()
                || literalText(answers.get(0).getArgument(0)).isEmpty()) {
            return left(file, site, LeftoverReason.STUB, answers.isEmpty() ? "nothing"
                    : String.join(", ", answers.stream().map(a -> a.getNameAsString() + a.getArguments()).toList()));
        }
        if (literalText(answers.get(0).getArgument(0)).get().equals(literal.get())) {
            return Optional.of(text.deletion(stub.get()));
        }
        Optional<MethodDeclaration> test = tests.enclosingTest(call);
        String pin = answers.get(0).getNameAsString() + "(" + answers.get(0).getArgument(0) + ")";
        if (test.isEmpty()) {
            String where = call.findAncestor(MethodDeclaration.class).map(m -> m.getNameAsString() + "()")
                    .orElse("the class");
            return left(file, site, LeftoverReason.PINS_REMOVED_VALUE, where + " with " + pin);
        }
        return Optional.of(tests.delete(file, text, test.get(), "it stubs the flag with " + pin));
    }

    /** {@code verify(mock).call(...)}, {@code verify(mock, times(1)).call(...)}, {@code then(mock).should().call(...)}. */
    private static Optional<ExpressionStmt> verification(MethodCallExpr call) {
        if (!(call.getParentNode().orElse(null) instanceof ExpressionStmt statement)
                || !(call.getScope().orElse(null) instanceof MethodCallExpr scope)) {
            return Optional.empty();
        }
        boolean verify = scope.getNameAsString().equals("verify")
                || scope.getNameAsString().equals("should") && scope.getScope().orElse(null) instanceof MethodCallExpr then
                && then.getNameAsString().equals("then");
        return verify ? Optional.of(statement) : Optional.empty();
    }

    /**
     * {@code when(call).thenReturn(x)} and {@code given(call).willReturn(x)}, or {@code doReturn(x).when(mock).call(...)}:
     * the statement, with the answers collected in {@code answers}.
     */
    private static Optional<ExpressionStmt> stub(MethodCallExpr call, List<MethodCallExpr> answers) {
        Node p = call.getParentNode().orElse(null);
        while (p instanceof EnclosedExpr) {
            p = p.getParentNode().orElse(null);
        }
        if (p instanceof MethodCallExpr entry && STUB_ENTRIES.contains(entry.getNameAsString())
                && entry.getArguments().size() == 1) {
            Node top = entry;
            while (top.getParentNode().orElse(null) instanceof MethodCallExpr next && next.getScope().orElse(null) == top) {
                if (ANSWERS.contains(next.getNameAsString())) {
                    answers.add(next);
                }
                top = next;
            }
            return top.getParentNode().orElse(null) instanceof ExpressionStmt s ? Optional.of(s) : Optional.empty();
        }
        if (call.getParentNode().orElse(null) instanceof ExpressionStmt statement
                && call.getScope().orElse(null) instanceof MethodCallExpr entry
                && STUB_ENTRIES.contains(entry.getNameAsString())) {
            Optional<Expression> scope = entry.getScope();
            while (scope.isPresent() && scope.get() instanceof MethodCallExpr m) {
                if (ANSWERS.contains(m.getNameAsString())) {
                    answers.add(m);
                }
                scope = m.getScope();
            }
            return answers.isEmpty() ? Optional.empty() : Optional.of(statement);
        }
        return Optional.empty();
    }

    /** A literal's text ({@code Boolean.TRUE} reads as {@code true}); empty for anything else. */
    private static Optional<String> literalText(Expression e) {
        if (e instanceof BooleanLiteralExpr || e instanceof LiteralExpr) {
            return Optional.of(e.toString());
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr owner
                && owner.getNameAsString().equals("Boolean")) {
            return Optional.of(f.getNameAsString().toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.empty();
    }

    private static Optional<Edit> left(JavaFile file, CallSite site, LeftoverReason reason, String detail) {
        file.leftover(site.line(), site.column(), reason, detail);
        return Optional.empty();
    }
}
