package dev.flaglint.lint.scan;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.flaglint.lint.CallSite;
import dev.flaglint.lint.FlagApi;
import dev.flaglint.lint.resolve.KeyResolver;
import dev.flaglint.lint.resolve.Scopes;
import dev.flaglint.lint.resolve.TypeNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the flag call sites in a file: calls of a configured API method whose receiver is declared
 * (through imports, fields, locals, parameters or method return types) as the API's type. A
 * same-named method on any other type — a logger's {@code isEnabled}, Swing's {@code isEnabled()} —
 * is not a call site, and neither is a receiver whose type cannot be seen.
 */
public final class CallSiteScanner {

    private final SourceTree sources;
    private final List<FlagApi> apis;
    private final Set<String> methodNames;
    private final TypeNames typeNames;
    private final KeyResolver keys;

    public CallSiteScanner(SourceTree sources, List<FlagApi> apis, TypeNames typeNames, KeyResolver keys) {
        this.sources = sources;
        this.apis = List.copyOf(apis);
        this.methodNames = apis.stream().flatMap(a -> a.methods().stream()).collect(Collectors.toUnmodifiableSet());
        this.typeNames = typeNames;
        this.keys = keys;
    }

    /** The call sites in {@code file}, in source order; none when it does not parse. */
    public List<CallSite> scan(SourceFile file) {
        if (!mayContainCall(sources.text(file))) {
            return List.of(); // no API method name in the text: skip the parse
        }
        Optional<CompilationUnit> unit = sources.parse(file);
        if (unit.isEmpty()) {
            return List.of();
        }
        List<CallSite> sites = new ArrayList<>();
        for (MethodCallExpr call : unit.get().findAll(MethodCallExpr.class)) {
            if (methodNames.contains(call.getNameAsString())) {
                matchCall(file, call).ifPresent(sites::add);
            }
        }
        for (MethodReferenceExpr ref : unit.get().findAll(MethodReferenceExpr.class)) {
            if (methodNames.contains(ref.getIdentifier())) {
                matchReference(file, ref).ifPresent(sites::add);
            }
        }
        sites.sort(Comparator.comparingInt(CallSite::line).thenComparingInt(CallSite::column));
        return sites;
    }

    private boolean mayContainCall(String text) {
        for (String name : methodNames) {
            if (text.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private Optional<CallSite> matchCall(SourceFile file, MethodCallExpr call) {
        Optional<String> receiver = call.getScope().flatMap(this::typeOf);
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        for (FlagApi api : apis) {
            if (api.type().equals(receiver.get()) && api.methods().contains(call.getNameAsString())
                    && call.getArguments().size() > api.keyArgument()) {
                Expression keyArg = call.getArgument(api.keyArgument());
                Position at = call.getName().getBegin().orElse(Position.HOME);
                return Optional.of(new CallSite(file.displayPath(), at.line, at.column,
                        keys.resolve(keyArg).orElse(null), keyArg.toString(),
                        api.describe(call.getNameAsString()), file.root().test()));
            }
        }
        return Optional.empty();
    }

    private Optional<CallSite> matchReference(SourceFile file, MethodReferenceExpr ref) {
        Optional<String> receiver = typeOf(ref.getScope());
        for (FlagApi api : apis) {
            if (receiver.filter(api.type()::equals).isPresent() && api.methods().contains(ref.getIdentifier())) {
                Position at = ref.getBegin().orElse(Position.HOME);
                // The key arrives at run time through the functional interface: not checkable here.
                return Optional.of(new CallSite(file.displayPath(), at.line, at.column, null, ref.toString(),
                        api.describe(ref.getIdentifier()), file.root().test()));
            }
        }
        return Optional.empty();
    }

    /** The qualified type of a receiver expression, when its declaration can be seen. */
    private Optional<String> typeOf(Expression e) {
        if (e instanceof EnclosedExpr enclosed) {
            return typeOf(enclosed.getInner());
        }
        if (e instanceof CastExpr cast) {
            return typeOf(cast.getType(), cast);
        }
        if (e instanceof ObjectCreationExpr creation) {
            return typeOf(creation.getType(), creation);
        }
        if (e instanceof TypeExpr t) {
            // `flags::isEnabled` parses as a type expression even when `flags` is a variable.
            String written = t.getType().asString();
            return Scopes.lookup(t, written).isPresent() ? typeOf(new NameExpr(written), t)
                    : typeOf(t.getType(), t);
        }
        if (e instanceof NameExpr name) {
            Optional<Scopes.Declaration> d = Scopes.lookup(name, name.getNameAsString());
            if (d.isPresent()) {
                return declaredType(d.get(), name);
            }
            // Not a variable in this file: a type name (a static call) if it looks like one.
            return Character.isUpperCase(name.getNameAsString().charAt(0))
                    ? typeNames.resolve(name, name.getNameAsString()) : Optional.empty();
        }
        if (e instanceof FieldAccessExpr access) {
            if (access.getScope() instanceof ThisExpr) {
                return access.findAncestor(TypeDeclaration.class)
                        .flatMap(type -> Scopes.field(type, access.getNameAsString()))
                        .flatMap(d -> declaredType(d, access));
            }
            if (looksQualified(access)) {
                return typeNames.resolve(access, access.toString()); // com.acme.Flags, Outer.Inner
            }
            return Optional.empty();
        }
        if (e instanceof MethodCallExpr call) {
            if (call.getScope().isEmpty()) {
                return Scopes.methodReturnType(call, call.getNameAsString()).flatMap(t -> typeOf(t, call));
            }
            // A static factory on an API type (FeatureFlags.load(p).isEnabled(...)) returns that type.
            Expression scope = call.getScope().get();
            if (scope instanceof NameExpr name && Scopes.lookup(name, name.getNameAsString()).isEmpty()
                    && !methodNames.contains(call.getNameAsString())) {
                Optional<String> type = typeOf(name);
                if (type.isPresent() && apis.stream().anyMatch(a -> a.type().equals(type.get()))) {
                    return type;
                }
            }
        }
        return Optional.empty();
    }

    /** The type of a variable named like {@code name}, looked up from {@code context}'s position. */
    private Optional<String> typeOf(NameExpr name, Node context) {
        return Scopes.lookup(context, name.getNameAsString()).flatMap(d -> declaredType(d, context));
    }

    private Optional<String> declaredType(Scopes.Declaration d, Node context) {
        if (d.type().isVarType()) {
            return d.initializer().flatMap(this::typeOf);
        }
        return typeOf(d.type(), context);
    }

    private Optional<String> typeOf(Type type, Node context) {
        if (type instanceof ClassOrInterfaceType c) {
            return typeNames.resolve(context, c.getNameWithScope());
        }
        return Optional.empty();
    }

    private static boolean looksQualified(FieldAccessExpr access) {
        Expression scope = access.getScope();
        while (scope instanceof FieldAccessExpr f) {
            scope = f.getScope();
        }
        return scope instanceof NameExpr n && Scopes.lookup(n, n.getNameAsString()).isEmpty();
    }
}
