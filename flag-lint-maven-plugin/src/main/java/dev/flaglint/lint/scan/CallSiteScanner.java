package dev.flaglint.lint.scan;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.FlagApi;
import dev.flaglint.lint.resolve.ConstantIndex;
import dev.flaglint.lint.resolve.KeyResolver;
import dev.flaglint.lint.resolve.ResolvedKey;
import dev.flaglint.lint.resolve.Scopes;
import dev.flaglint.lint.resolve.Symbols;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the flag call sites in a file: calls of an API method whose receiver is declared (through
 * imports, fields, locals, parameters, inherited fields or method return types) as the API's type
 * or a subtype of it. A same-named method on any other type — a logger's {@code isEnabled},
 * Swing's {@code isEnabled()} — is not a call site, and neither is a receiver whose type cannot be seen.
 */
public final class CallSiteScanner {

    /** A call site and, when its key is a parameter of the enclosing method, that method as a wrapper. */
    public record Match(CallSite site, Optional<WrapperCandidate> wrapper) {
    }

    private final SourceTree sources;
    private final List<FlagApi> apis;
    private final Set<String> methodNames;
    private final Symbols symbols;
    private final KeyResolver keys;

    public CallSiteScanner(SourceTree sources, List<FlagApi> apis, Symbols symbols, KeyResolver keys) {
        this.sources = sources;
        this.apis = List.copyOf(apis);
        this.methodNames = apis.stream().flatMap(a -> a.methods().stream()).collect(Collectors.toUnmodifiableSet());
        this.symbols = symbols;
        this.keys = keys;
    }

    /** The method names the APIs answer to. */
    public Set<String> methodNames() {
        return methodNames;
    }

    /** The call sites in {@code file}, in source order; none when it does not parse. */
    public List<Match> scan(SourceFile file) {
        Optional<CompilationUnit> unit = sources.parse(file);
        if (unit.isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (MethodCallExpr call : unit.get().findAll(MethodCallExpr.class)) {
            if (methodNames.contains(call.getNameAsString())) {
                matchCall(file, call).ifPresent(matches::add);
            }
        }
        for (MethodReferenceExpr ref : unit.get().findAll(MethodReferenceExpr.class)) {
            if (methodNames.contains(ref.getIdentifier())) {
                matchReference(file, ref).ifPresent(matches::add);
            }
        }
        matches.sort(Comparator.comparingInt((Match m) -> m.site().line()).thenComparingInt(m -> m.site().column()));
        return matches;
    }

    private Optional<Match> matchCall(SourceFile file, MethodCallExpr call) {
        String method = call.getNameAsString();
        List<String> receivers = receiverTypes(call);
        for (FlagApi api : byNearestType(receivers)) {
            if (!api.methods().contains(method) || !api.acceptsArity(call.getArguments().size())
                    || receivers.stream().noneMatch(r -> isApiType(r, api))) {
                continue;
            }
            Expression keyExpression;
            ResolvedKey key;
            if (api.keyIsReceiver()) {
                if (call.getScope().isEmpty()) {
                    continue; // inside the enum itself: `isActive()` on `this`, not a particular flag
                }
                keyExpression = call.getScope().get();
                key = keys.enumConstant(keyExpression).map(c -> keys.enumKey(c, api.enumKey()))
                        .orElseGet(() -> ResolvedKey.dynamic(null));
            } else {
                keyExpression = call.getArgument(api.keyArgument());
                key = keys.resolve(keyExpression, api.enumKey());
            }
            Position at = call.getName().getBegin().orElse(Position.HOME);
            CallSite site = new CallSite(file.displayPath(), at.line, at.column, key.value(), keyExpression.toString(),
                    key.resolution(), key.pattern(), api.describe(method), api.origin(), file.root().test(),
                    Suppressions.of(call));
            return Optional.of(new Match(site, key.value() == null ? wrapper(keyExpression, api, method, site)
                    : Optional.empty()));
        }
        return Optional.empty();
    }

    private Optional<Match> matchReference(SourceFile file, MethodReferenceExpr ref) {
        Optional<String> receiver = typeOf(ref.getScope());
        for (FlagApi api : byNearestType(receiver.map(List::of).orElse(List.of()))) {
            if (receiver.filter(r -> isApiType(r, api)).isPresent() && api.methods().contains(ref.getIdentifier())) {
                Position at = ref.getBegin().orElse(Position.HOME);
                // The key arrives at run time through the functional interface: not checkable here.
                return Optional.of(new Match(new CallSite(file.displayPath(), at.line, at.column, null,
                        ref.toString(), "dynamic", null, api.describe(ref.getIdentifier()), api.origin(),
                        file.root().test(), Suppressions.of(ref)), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * The APIs in the order a call is matched against them: those configured for a receiver's own type
     * first, then the rest as configured. So a call on a {@code FeatureFlags} is reported as
     * {@code FeatureFlags#isEnabled} even though the {@code Flags} interface it implements is an API too.
     */
    private List<FlagApi> byNearestType(List<String> receivers) {
        List<FlagApi> ordered = new ArrayList<>(apis.size());
        apis.stream().filter(a -> receivers.contains(a.type())).forEach(ordered::add);
        apis.stream().filter(a -> !receivers.contains(a.type())).forEach(ordered::add);
        return ordered;
    }

    private boolean isApiType(String receiver, FlagApi api) {
        return receiver.equals(api.type()) || (api.matchSubtypes() && symbols.hierarchy().isSubtype(receiver, api.type()));
    }

    /** Candidate receiver types: the scope's type, or for an unqualified call the enclosing types. */
    private List<String> receiverTypes(MethodCallExpr call) {
        if (call.getScope().isPresent()) {
            return typeOf(call.getScope().get()).map(List::of).orElse(List.of());
        }
        Optional<String> imported = symbols.staticMethodOwner(call, call.getNameAsString());
        return imported.map(List::of).orElseGet(() -> symbols.enclosingTypes(call));
    }

    /**
     * When a dynamic key is a parameter of the enclosing method that reaches the call unchanged,
     * that method is a wrapper of the API.
     */
    private Optional<WrapperCandidate> wrapper(Expression keyExpression, FlagApi api, String apiMethod, CallSite site) {
        if (!(keyExpression instanceof NameExpr name)) {
            return Optional.empty();
        }
        Optional<MethodDeclaration> method = keyExpression.findAncestor(MethodDeclaration.class);
        Optional<Scopes.Declaration> declaration = Scopes.lookup(keyExpression, name.getNameAsString());
        if (method.isEmpty() || declaration.isEmpty() || method.get().getBody().isEmpty()) {
            return Optional.empty();
        }
        List<Parameter> parameters = method.get().getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.getType() == declaration.get().type() && !reassigned(method.get(), p.getNameAsString())) {
                Optional<String> owner = method.get().findAncestor(TypeDeclaration.class)
                        .flatMap(TypeDeclaration::getFullyQualifiedName);
                int index = i;
                int arity = parameters.stream().anyMatch(Parameter::isVarArgs) ? -1 : parameters.size();
                return owner.map(type -> new WrapperCandidate(type, method.get().getNameAsString(), index, arity, api,
                        apiMethod, site.file(), site.line()));
            }
        }
        return Optional.empty();
    }

    private static boolean reassigned(MethodDeclaration method, String parameter) {
        return method.findAll(AssignExpr.class).stream()
                .anyMatch(a -> a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(parameter));
    }

    /** The qualified type of a receiver expression, when its declaration can be seen. */
    private Optional<String> typeOf(Expression e) {
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
        if (!looksQualified(access)) {
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
        String name = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr || scope.get() instanceof SuperExpr) {
            return symbols.enclosingMethodReturnType(call, name).flatMap(this::typeOf);
        }
        if (scope.get() instanceof NameExpr n && symbols.variable(n, n.getNameAsString()).isEmpty()
                && !methodNames.contains(name)) {
            // A static factory on an API type (FeatureFlags.load(p).isEnabled(...)) returns that type.
            Optional<String> type = typeOf(n);
            if (type.isPresent() && apis.stream().anyMatch(a -> a.type().equals(type.get()))) {
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

    private boolean looksQualified(FieldAccessExpr access) {
        Expression scope = access.getScope();
        while (scope instanceof FieldAccessExpr f) {
            scope = f.getScope();
        }
        return scope instanceof NameExpr n && symbols.variable(n, n.getNameAsString()).isEmpty();
    }
}
