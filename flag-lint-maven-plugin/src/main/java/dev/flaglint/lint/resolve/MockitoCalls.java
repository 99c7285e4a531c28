package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.flaglint.lint.model.CallKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static dev.flaglint.lint.resolve.Expressions.unparenthesized;

/**
 * What a call of Mockito's static API means in test code: a matcher around a key ({@code eq(KEY)}), a matcher
 * for every key ({@code anyString()}), a stub or verification that hands the mock back
 * ({@code verify(mock)}, {@code doReturn(x).when(mock)}, {@code then(mock).should()}), a mock or spy of a type.
 * A call counts only when it resolves to {@code org.mockito.ArgumentMatchers}, {@code Mockito} or
 * {@code BDDMockito} — qualified, or statically imported and not shadowed by a method of the class — so an
 * {@code eq}, {@code verify} or {@code when} of any other class means nothing here.
 */
public final class MockitoCalls {

    /** Mockito's in-order verifier, whose {@code verify(mock)} hands the mock back. */
    public static final String IN_ORDER = "org.mockito.InOrder";

    private static final String MATCHERS = "org.mockito.ArgumentMatchers";
    private static final String MOCKITO = "org.mockito.Mockito";
    private static final String BDD = "org.mockito.BDDMockito";
    /** Mockito extends ArgumentMatchers and BDDMockito extends Mockito: each has its parents' static methods. */
    private static final List<String> HAS_MATCHERS = List.of(MATCHERS, MOCKITO, BDD);
    private static final List<String> HAS_MOCKITO = List.of(MOCKITO, BDD);
    private static final List<String> HAS_BDD = List.of(BDD);

    /** Matchers that match every key. */
    private static final Set<String> EVERY_KEY = Set.of("any", "anyString", "anyObject", "notNull", "isNotNull",
            "isA", "nullable");
    private static final Set<String> STUBBERS = Set.of("doReturn", "doThrow", "doAnswer", "doNothing",
            "doCallRealMethod");
    private static final Set<String> BDD_STUBBERS = Set.of("willReturn", "willThrow", "willAnswer", "willDoNothing",
            "willCallRealMethod");

    /** A mock that a stubbing or verification call hands back, and which of the two it is. */
    public record HandedBack(Expression mock, CallKind kind) {
    }

    private final Symbols symbols;

    public MockitoCalls(Symbols symbols) {
        this.symbols = symbols;
    }

    /** The argument of Mockito's {@code eq(...)} when {@code e} is one: the key it matches. */
    public Optional<Expression> equalityMatched(Expression e) {
        return unparenthesized(e) instanceof MethodCallExpr call && call.getNameAsString().equals("eq")
                && call.getArguments().size() == 1 && isStatic(call, HAS_MATCHERS)
                ? Optional.of(call.getArgument(0)) : Optional.empty();
    }

    /** Whether {@code e} is a Mockito matcher that matches every key: {@code anyString()}, {@code any()}. */
    public boolean matchesEveryKey(Expression e) {
        return unparenthesized(e) instanceof MethodCallExpr call && EVERY_KEY.contains(call.getNameAsString())
                && call.getArguments().size() <= 1 && isStatic(call, HAS_MATCHERS);
    }

    /**
     * Whether {@code call} is the method call inside a stub: {@code when(call)}, {@code lenient().when(call)},
     * BDD's {@code given(call)}.
     */
    public boolean isStubbed(MethodCallExpr call) {
        Node parent = call.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        if (!(parent instanceof MethodCallExpr outer) || outer.getArguments().size() != 1) {
            return false;
        }
        return switch (outer.getNameAsString()) {
            case "when" -> isStatic(outer, HAS_MOCKITO) || outer.getScope().filter(this::isLenient).isPresent();
            case "given" -> isStatic(outer, HAS_BDD);
            default -> false;
        };
    }

    /**
     * The mock that {@code call} hands back for stubbing or verification: {@code verify(mock[, mode])},
     * {@code inOrder.verify(mock[, mode])}, {@code then(mock).should([mode])}, {@code doReturn(x)...when(mock)},
     * {@code willReturn(x).given(mock)}.
     *
     * @param typeOf the type of an expression, for {@code inOrder}
     */
    public Optional<HandedBack> handedBack(MethodCallExpr call, Function<Expression, Optional<String>> typeOf) {
        int arguments = call.getArguments().size();
        switch (call.getNameAsString()) {
            case "verify" -> {
                if (arguments == 0 || arguments > 2) {
                    return Optional.empty();
                }
                boolean mockito = call.getScope().isEmpty() || symbols.isTypeName(call.getScope().get())
                        ? isStatic(call, HAS_MOCKITO)
                        : typeOf.apply(call.getScope().get()).filter(IN_ORDER::equals).isPresent();
                return mockito ? handed(call.getArgument(0), CallKind.VERIFICATION) : Optional.empty();
            }
            case "should" -> {
                return call.getScope().map(Expressions::unparenthesized)
                        .filter(s -> s instanceof MethodCallExpr then && then.getNameAsString().equals("then")
                                && then.getArguments().size() == 1 && isStatic(then, HAS_BDD))
                        .flatMap(then -> handed(((MethodCallExpr) then).getArgument(0), CallKind.VERIFICATION));
            }
            case "when" -> {
                return arguments == 1 && call.getScope().filter(s -> isStubber(s, STUBBERS, HAS_MOCKITO)).isPresent()
                        ? handed(call.getArgument(0), CallKind.STUB) : Optional.empty();
            }
            case "given" -> {
                return arguments == 1 && call.getScope().filter(s -> isStubber(s, BDD_STUBBERS, HAS_BDD)).isPresent()
                        ? handed(call.getArgument(0), CallKind.STUB) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * What a Mockito factory makes: for {@code mock(T.class[, ...])} and {@code spy(T.class)} the class literal,
     * for {@code spy(object)} the object (a spy has its type).
     */
    public Optional<Expression> mocked(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getArguments().isEmpty() || !(name.equals("mock") || name.equals("spy"))
                || !isStatic(call, HAS_MOCKITO)) {
            return Optional.empty();
        }
        Expression first = unparenthesized(call.getArgument(0));
        boolean classLiteral = first instanceof ClassExpr;
        return classLiteral || (name.equals("spy") && call.getArguments().size() == 1) ? Optional.of(first)
                : Optional.empty();
    }

    /** Whether {@code call} is Mockito's {@code inOrder(...)}, which makes an {@link #IN_ORDER}. */
    public boolean isInOrder(MethodCallExpr call) {
        return call.getNameAsString().equals("inOrder") && isStatic(call, HAS_MOCKITO);
    }

    private static Optional<HandedBack> handed(Expression mock, CallKind kind) {
        return Optional.of(new HandedBack(mock, kind));
    }

    /** {@code doReturn(x)}, {@code doReturn(x).doThrow(y)}, {@code lenient().doReturn(x)}: a stubber of Mockito. */
    private boolean isStubber(Expression e, Set<String> names, List<String> owners) {
        if (!(unparenthesized(e) instanceof MethodCallExpr call) || !names.contains(call.getNameAsString())) {
            return false;
        }
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || symbols.isTypeName(scope.get())) {
            return isStatic(call, owners);
        }
        return isStubber(scope.get(), names, owners) || isLenient(scope.get());
    }

    private boolean isLenient(Expression e) {
        return unparenthesized(e) instanceof MethodCallExpr call && call.getNameAsString().equals("lenient")
                && call.getArguments().isEmpty() && isStatic(call, HAS_MOCKITO);
    }

    /**
     * Whether {@code call} is a static method of one of {@code owners}: qualified with such a type, or
     * unqualified, not declared by an enclosing class (which would shadow every import), and statically imported
     * from one of them, by name or on demand (unless another on-demand import in the sources declares it too).
     */
    private boolean isStatic(MethodCallExpr call, List<String> owners) {
        String name = call.getNameAsString();
        if (call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            return symbols.isTypeName(scope) && symbols.type(scope, scope.toString()).filter(owners::contains).isPresent();
        }
        if (symbols.enclosingMethodReturnType(call, name).isPresent()) {
            return false;
        }
        Optional<CompilationUnit> unit = call.findCompilationUnit();
        if (unit.isEmpty()) {
            return false;
        }
        for (ImportDeclaration imp : unit.get().getImports()) {
            if (imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(name)) {
                return imp.getName().getQualifier().map(q -> owners.contains(q.asString())).orElse(false);
            }
        }
        boolean imported = false;
        for (ImportDeclaration imp : unit.get().getImports()) {
            if (imp.isStatic() && imp.isAsterisk()) {
                if (owners.contains(imp.getNameAsString())) {
                    imported = true;
                } else if (symbols.methodReturnType(imp.getNameAsString(), name).isPresent()) {
                    return false; // the sources' own static method of that name: not Mockito's, or ambiguous
                }
            }
        }
        return imported;
    }
}
