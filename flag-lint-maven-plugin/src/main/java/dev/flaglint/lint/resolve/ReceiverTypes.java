package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The declared type of a call's receiver, as far as the sources show it: variables (locals,
 * parameters, own and inherited fields, {@code var} with an initializer, lambda parameters handed a
 * container's element), enum constants and static imports, {@code this}/{@code super} fields, method
 * return types, static factories on an API type, library containers ({@code Optional},
 * {@code Provider}, ...) of the type, and what Mockito hands back ({@code mock(T.class)},
 * {@code verify(mock)}, {@code doReturn(x).when(mock)}). Unknown is empty, never a guess.
 */
public final class ReceiverTypes {

    private final Symbols symbols;
    private final MockitoCalls mockito;
    private final Set<String> apiTypes;
    private final Set<String> methodNames;

    /**
     * @param apiTypes    the flag API types, whose static factories return the type itself
     * @param methodNames the API method names, which are never such a factory
     */
    public ReceiverTypes(Symbols symbols, Set<String> apiTypes, Set<String> methodNames) {
        this.symbols = symbols;
        this.mockito = new MockitoCalls(symbols);
        this.apiTypes = Set.copyOf(apiTypes);
        this.methodNames = Set.copyOf(methodNames);
    }

    /** Candidate receiver types: the scope's type, or for an unqualified call the enclosing types. */
    public List<String> of(MethodCallExpr call) {
        if (call.getScope().isPresent()) {
            return typeOf(call.getScope().get()).map(List::of).orElse(List.of());
        }
        Optional<String> imported = symbols.staticMethodOwner(call, call.getNameAsString());
        return imported.map(List::of).orElseGet(() -> symbols.enclosingTypes(call));
    }

    /** The qualified type of a receiver expression, when its declaration can be seen. */
    public Optional<String> typeOf(Expression e) {
        if (e instanceof EnclosedExpr enclosed) {
            return typeOf(enclosed.getInner());
        }
        if (e instanceof CastExpr cast) {
            return typeOf(cast.getType());
        }
        if (e instanceof ObjectCreationExpr creation) {
            return typeOf(creation.getType());
        }
        if (e instanceof TypeExpr t) {
            // `flags::isEnabled` parses as a type expression even when `flags` is a variable.
            String written = t.getType().asString();
            Optional<Scopes.Declaration> variable = symbols.variable(t, written);
            return variable.isPresent() ? declaredType(variable.get()) : typeOf(t.getType());
        }
        if (e instanceof NameExpr name) {
            String id = name.getNameAsString();
            Optional<Scopes.Declaration> variable = symbols.variable(name, id);
            if (variable.isPresent()) {
                return declaredType(variable.get());
            }
            Optional<ConstantIndex.EnumConstant> own = symbols.enclosingEnumConstant(name, id);
            if (own.isPresent()) {
                return own.get().type().getFullyQualifiedName(); // DARK_MODE inside the enum itself
            }
            Optional<ConstantIndex.Member> imported = symbols.staticallyImported(name, id);
            if (imported.isPresent()) {
                return memberType(imported.get());
            }
            // Not a variable: a type name (a static call) if it looks like one.
            return Character.isUpperCase(id.charAt(0)) ? symbols.type(name, id) : Optional.empty();
        }
        if (e instanceof FieldAccessExpr access) {
            return typeOfFieldAccess(access);
        }
        if (e instanceof MethodCallExpr call) {
            return typeOfCall(call);
        }
        return Optional.empty();
    }

    private Optional<String> typeOfFieldAccess(FieldAccessExpr access) {
        String name = access.getNameAsString();
        if (access.getScope() instanceof ThisExpr self) {
            // this.flags, Outer.this.flags: a field of that class body, its own or inherited
            return symbols.thisBody(access, self.getTypeName().map(Object::toString))
                    .flatMap(body -> symbols.field(body, name))
                    .flatMap(this::declaredType);
        }
        if (access.getScope() instanceof SuperExpr) {
            return symbols.thisBody(access, Optional.empty())
                    .flatMap(body -> symbols.field(body, name))
                    .flatMap(this::declaredType);
        }
        if (!symbols.isTypeName(access.getScope())) {
            // a field of some variable: known when the variable's type is in the sources
            return typeOf(access.getScope())
                    .flatMap(owner -> symbols.member(owner, name))
                    .flatMap(this::memberType);
        }
        // Features.X (an enum constant or a static field of a type), else a qualified type name.
        Optional<ConstantIndex.Member> member = symbols.type(access, access.getScope().toString())
                .flatMap(type -> symbols.member(type, name));
        if (member.isPresent()) {
            return memberType(member.get());
        }
        return symbols.type(access, access.toString());
    }

    private Optional<String> typeOfCall(MethodCallExpr call) {
        Optional<String> mocked = typeOfMockitoCall(call);
        if (mocked.isPresent()) {
            return mocked;
        }
        String name = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr || scope.get() instanceof SuperExpr) {
            return symbols.enclosingMethodReturnType(call, name).flatMap(this::typeOf);
        }
        if (scope.get() instanceof NameExpr n && symbols.variable(n, n.getNameAsString()).isEmpty()
                && !methodNames.contains(name)) {
            // A static factory on an API type (FeatureFlags.load(p).isEnabled(...)) returns that type.
            Optional<String> type = typeOf(n);
            if (type.isPresent() && apiTypes.contains(type.get())) {
                return type;
            }
        }
        // maybeFlags.get(), provider.getObject(): a container of the library that hands out its type argument
        Optional<String> container = typeOf(scope.get());
        if (container.isPresent() && Containers.unwraps(container.get(), name)) {
            return typeArgument(scope.get());
        }
        // settings.flags(), services.featureFlags(): a method of a type the sources declare
        return container.flatMap(owner -> symbols.methodReturnType(owner, name)).flatMap(this::typeOf);
    }

    /**
     * What Mockito's API hands back: the mock for {@code verify(mock)}, {@code doReturn(x).when(mock)},
     * {@code then(mock).should()}; the type of {@code mock(T.class)} and {@code spy(...)}; an {@code InOrder}.
     */
    private Optional<String> typeOfMockitoCall(MethodCallExpr call) {
        Optional<MockitoCalls.HandedBack> handed = mockito.handedBack(call, this::typeOf);
        if (handed.isPresent()) {
            return typeOf(handed.get().mock());
        }
        Optional<Expression> mocked = mockito.mocked(call);
        if (mocked.isPresent()) {
            return mocked.get() instanceof ClassExpr literal ? typeOf(literal.getType()) : typeOf(mocked.get());
        }
        return mockito.isInOrder(call) ? Optional.of(MockitoCalls.IN_ORDER) : Optional.empty();
    }

    /** The (first) type argument of an expression's declared type: FeatureFlags for Optional<FeatureFlags>. */
    private Optional<String> typeArgument(Expression e) {
        Optional<Type> declared = Optional.empty();
        if (e instanceof NameExpr n) {
            declared = symbols.variable(n, n.getNameAsString()).map(Scopes.Declaration::type);
        } else if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            declared = symbols.thisBody(f, Optional.empty()).flatMap(b -> symbols.field(b, f.getNameAsString()))
                    .map(Scopes.Declaration::type);
        }
        return declared.filter(Type::isClassOrInterfaceType)
                .flatMap(t -> t.asClassOrInterfaceType().getTypeArguments())
                .filter(args -> !args.isEmpty())
                .flatMap(args -> typeOf(args.get(0)));
    }

    /** The type of an untyped lambda parameter handed a container's element: f in maybeFlags.ifPresent(f -> ...). */
    private Optional<String> lambdaParameterType(Type unknown) {
        if (!(unknown.getParentNode().orElse(null) instanceof Parameter p)
                || !(p.getParentNode().orElse(null) instanceof LambdaExpr lambda)
                || !(lambda.getParentNode().orElse(null) instanceof MethodCallExpr call)
                || call.getScope().isEmpty() || lambda.getParameters().size() != 1) {
            return Optional.empty();
        }
        Optional<String> container = typeOf(call.getScope().get());
        return container.isPresent() && Containers.passesElement(container.get(), call.getNameAsString())
                ? typeArgument(call.getScope().get()) : Optional.empty();
    }

    private Optional<String> memberType(ConstantIndex.Member member) {
        if (member instanceof ConstantIndex.EnumConstant c) {
            return c.type().getFullyQualifiedName();
        }
        return declaredType(((ConstantIndex.Field) member).declaration());
    }

    private Optional<String> declaredType(Scopes.Declaration d) {
        if (d.type().isVarType()) {
            return d.initializer().flatMap(this::typeOf);
        }
        if (d.type().isUnknownType()) {
            return lambdaParameterType(d.type());
        }
        return typeOf(d.type());
    }

    /** A written type, resolved in the file that writes it. */
    private Optional<String> typeOf(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            return symbols.type(c, c.getNameWithScope());
        }
        return Optional.empty();
    }
}
