package dev.flaglint.lint.scan;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.model.KeyResolution;
import dev.flaglint.lint.model.ValueKind;
import dev.flaglint.lint.model.ValueRead;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.lint.resolve.KeyResolver;
import dev.flaglint.lint.resolve.ReceiverTypes;
import dev.flaglint.lint.resolve.ResolvedKey;
import dev.flaglint.lint.resolve.Scopes;
import dev.flaglint.lint.resolve.Symbols;
import dev.flaglint.lint.source.SourceFile;
import dev.flaglint.lint.source.SourceTree;

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
    private final ReceiverTypes receiverTypes;

    public CallSiteScanner(SourceTree sources, List<FlagApi> apis, Symbols symbols, KeyResolver keys) {
        this.sources = sources;
        this.apis = List.copyOf(apis);
        this.methodNames = apis.stream().flatMap(a -> a.methods().stream()).collect(Collectors.toUnmodifiableSet());
        this.symbols = symbols;
        this.keys = keys;
        this.receiverTypes = new ReceiverTypes(symbols, apis.stream().map(FlagApi::type).collect(Collectors.toSet()),
                methodNames);
    }

    /** The method names the APIs answer to. */
    public Set<String> methodNames() {
        return methodNames;
    }

    /**
     * The call sites in {@code file}, in source order; none when it does not parse, or nests too deeply
     * to walk (then it is reported as a file that could not be read).
     */
    public List<Match> scan(SourceFile file) {
        Optional<CompilationUnit> unit = sources.parse(file);
        if (unit.isEmpty()) {
            return List.of();
        }
        try {
            return matches(file, unit.get());
        } catch (StackOverflowError e) {
            sources.failTooDeep(file);
            return List.of();
        }
    }

    private List<Match> matches(SourceFile file, CompilationUnit unit) {
        List<Match> matches = new ArrayList<>();
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            if (methodNames.contains(call.getNameAsString())) {
                matchCall(file, call).ifPresent(matches::add);
            }
        }
        for (MethodReferenceExpr ref : unit.findAll(MethodReferenceExpr.class)) {
            if (methodNames.contains(ref.getIdentifier())) {
                matchReference(file, ref).ifPresent(matches::add);
            }
        }
        matches.sort(Comparator.comparingInt((Match m) -> m.site().line()).thenComparingInt(m -> m.site().column()));
        return matches;
    }

    private Optional<Match> matchCall(SourceFile file, MethodCallExpr call) {
        String method = call.getNameAsString();
        List<String> receivers = receiverTypes.of(call);
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
                    Suppressions.of(call), reads(api, method, call));
            return Optional.of(new Match(site, key.value() == null ? wrapper(keyExpression, api, method, site)
                    : Optional.empty()));
        }
        return Optional.empty();
    }

    private Optional<Match> matchReference(SourceFile file, MethodReferenceExpr ref) {
        Optional<String> receiver = receiverTypes.typeOf(ref.getScope());
        for (FlagApi api : byNearestType(receiver.map(List::of).orElse(List.of()))) {
            if (receiver.filter(r -> isApiType(r, api)).isPresent() && api.methods().contains(ref.getIdentifier())) {
                Position at = ref.getBegin().orElse(Position.HOME);
                // The key arrives at run time through the functional interface: not checkable here.
                return Optional.of(new Match(new CallSite(file.displayPath(), at.line, at.column, null,
                        ref.toString(), KeyResolution.DYNAMIC, null, api.describe(ref.getIdentifier()), api.origin(),
                        file.root().test(), Suppressions.of(ref)), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * The type the call reads the flag as: the method's fixed one, or the one its class literal argument names
     * ({@code Integer.class}); {@code null} when it reads any type or the argument is not a class literal.
     */
    private static ValueKind reads(FlagApi api, String method, MethodCallExpr call) {
        ValueRead read = api.reads().get(method);
        if (read == null) {
            return null;
        }
        if (read.kind() != null) {
            return read.kind();
        }
        if (read.classArgument() >= call.getArguments().size()
                || !(call.getArgument(read.classArgument()) instanceof ClassExpr literal)) {
            return null;
        }
        String type = literal.getType() instanceof ClassOrInterfaceType named ? named.getNameWithScope()
                : literal.getType().asString();
        return ValueKind.ofClass(type).orElse(null);
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
}
