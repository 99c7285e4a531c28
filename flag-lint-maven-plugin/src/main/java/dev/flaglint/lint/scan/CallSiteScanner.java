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
import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.CallKind;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.model.KeyAffix;
import dev.flaglint.lint.model.KeyResolution;
import dev.flaglint.lint.model.ValueKind;
import dev.flaglint.lint.model.ValueRead;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.lint.resolve.ConstantIndex;
import dev.flaglint.lint.resolve.KeyResolver;
import dev.flaglint.lint.resolve.MockitoCalls;
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
    private final MockitoCalls mockito;
    private final LiteralSources literalSources;

    public CallSiteScanner(SourceTree sources, List<FlagApi> apis, Symbols symbols, KeyResolver keys) {
        this.sources = sources;
        this.apis = List.copyOf(apis);
        this.methodNames = apis.stream().flatMap(a -> a.methods().stream()).collect(Collectors.toUnmodifiableSet());
        this.symbols = symbols;
        this.keys = keys;
        this.receiverTypes = new ReceiverTypes(symbols, apis.stream().map(FlagApi::type).collect(Collectors.toSet()),
                methodNames);
        this.mockito = new MockitoCalls(symbols);
        this.literalSources = new LiteralSources(symbols);
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
                matches.addAll(matchReference(file, ref));
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
                key = keys.enumConstant(keyExpression)
                        .filter(c -> api.origin() != ApiOrigin.WRAPPER || !overrides(c, method))
                        .map(c -> keys.enumKey(c, api))
                        .orElseGet(() -> ResolvedKey.dynamic(null));
            } else {
                keyExpression = call.getArgument(api.keyArgument());
                if (forwardsInsideImplementation(call, keyExpression)) {
                    return Optional.empty();
                }
                key = keys.resolve(keyExpression, api);
            }
            CallKind kind = kindOf(call, api);
            key = completed(key, api.affix());
            if (kind.isMockito() && key.value() == null && mockito.matchesEveryKey(keyExpression)) {
                key = new ResolvedKey(null, KeyResolution.ANY, null); // stubs every key, names none
            }
            Position at = call.getName().getBegin().orElse(Position.HOME);
            CallSite site = new CallSite(file.displayPath(), at.line, at.column, key.value(), keyExpression.toString(),
                    key.resolution(), key.pattern(), api.describe(method), api.origin(), file.root().test(),
                    Suppressions.of(call), reads(api, method, call), kind);
            boolean passedOn = key.value() == null && key.resolution() != KeyResolution.ANY;
            return Optional.of(new Match(site, passedOn
                    ? wrapper(keys.unmatched(keyExpression), api, method, site, kind) : Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * One call site per key a method reference is handed when they are written out (at each key), else one
     * dynamic call site at the reference: the key arrives at run time through the functional interface.
     */
    private List<Match> matchReference(SourceFile file, MethodReferenceExpr ref) {
        Optional<String> receiver = receiverTypes.typeOf(ref.getScope());
        for (FlagApi api : byNearestType(receiver.map(List::of).orElse(List.of()))) {
            if (receiver.filter(r -> isApiType(r, api)).isPresent() && api.methods().contains(ref.getIdentifier())) {
                String described = api.describe(ref.getIdentifier());
                List<Match> written = new ArrayList<>();
                for (Expression element : writtenKeys(ref, api)) {
                    ResolvedKey key = completed(api.keyIsReceiver()
                            ? keys.enumConstant(element).map(c -> keys.enumKey(c, api))
                            .orElseGet(() -> ResolvedKey.dynamic(null))
                            : keys.resolve(element, api), api.affix());
                    if (key.value() == null) {
                        written.clear();
                        break;
                    }
                    Position at = element.getBegin().orElse(Position.HOME);
                    written.add(new Match(new CallSite(file.displayPath(), at.line, at.column, key.value(),
                            element.toString(), key.resolution(), null, described, api.origin(), file.root().test(),
                            Suppressions.of(element), null, CallKind.REFERENCE), Optional.empty()));
                }
                if (!written.isEmpty()) {
                    return written;
                }
                Position at = ref.getBegin().orElse(Position.HOME);
                return List.of(new Match(new CallSite(file.displayPath(), at.line, at.column, null,
                        ref.toString(), KeyResolution.DYNAMIC, null, described, api.origin(),
                        file.root().test(), Suppressions.of(ref), null, CallKind.REFERENCE), Optional.empty()));
            }
        }
        return List.of();
    }

    /**
     * The written-out elements a reference is handed, when each is the key: the API's method takes the element
     * alone (as argument 0, or as the receiver), so no other overload of the name is the one referred to.
     */
    private List<Expression> writtenKeys(MethodReferenceExpr ref, FlagApi api) {
        boolean elementIsKey = api.keyIsReceiver() ? api.acceptsArity(0)
                : api.keyArgument() == 0 && api.acceptsArity(1);
        return elementIsKey ? literalSources.elements(ref).orElse(List.of()) : List.of();
    }

    /** A constant whose own class body declares the enum's flag method runs that one instead: no key to take. */
    private static boolean overrides(ConstantIndex.EnumConstant constant, String method) {
        return constant.constant().getClassBody().stream()
                .anyMatch(b -> b instanceof MethodDeclaration m && m.getNameAsString().equals(method));
    }

    /** The key after the API's affix: the completed key, or its glob when part of the affix is dynamic. */
    private static ResolvedKey completed(ResolvedKey key, KeyAffix affix) {
        if (affix.isNone()) {
            return key;
        }
        if (key.value() == null) {
            return ResolvedKey.dynamic(KeyResolver.namesSomething(affix.around(key.pattern() == null ? "*"
                    : key.pattern())));
        }
        String completed = affix.around(key.value());
        if (!completed.contains("*")) {
            return new ResolvedKey(completed, KeyResolution.AFFIXED, null);
        }
        String pattern = KeyResolver.namesSomething(completed);
        return pattern == null ? ResolvedKey.dynamic(null) : new ResolvedKey(null, KeyResolution.AFFIXED, pattern);
    }

    /**
     * What the call does: stubs (inside Mockito's {@code when(...)}, or on what {@code doReturn(x).when(mock)}
     * hands back), verifies (on what {@code verify(mock)} hands back), or what the API's calls do.
     */
    private CallKind kindOf(MethodCallExpr call, FlagApi api) {
        if (mockito.isStubbed(call)) {
            return CallKind.STUB;
        }
        return call.getScope().filter(MethodCallExpr.class::isInstance)
                .flatMap(scope -> mockito.handedBack((MethodCallExpr) scope, receiverTypes::typeOf))
                .map(MockitoCalls.HandedBack::kind)
                .orElse(api.kind());
    }

    /**
     * Whether the call sits in a class's implementation of a flag API method and passes that method's key
     * parameter on unchanged ({@code return delegate.isEnabled(toggleName, ctx);}, or to another overload of
     * its own): the implementation's callers are the call sites, so this is no dynamic key.
     */
    private boolean forwardsInsideImplementation(MethodCallExpr call, Expression keyExpression) {
        if (!(keyExpression instanceof NameExpr name)) {
            return false;
        }
        Optional<MethodDeclaration> method = call.findAncestor(MethodDeclaration.class);
        if (method.isEmpty() || !(method.get().getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)
                || owner.getFullyQualifiedName().isEmpty()) {
            return false;
        }
        String type = owner.getFullyQualifiedName().get();
        List<Parameter> parameters = method.get().getParameters();
        for (FlagApi implemented : apis) {
            if (implemented.origin() == ApiOrigin.WRAPPER || implemented.keyIsReceiver()
                    || !implemented.methods().contains(method.get().getNameAsString())
                    || implemented.keyArgument() >= parameters.size() || !isApiType(type, implemented)) {
                continue;
            }
            Parameter key = parameters.get(implemented.keyArgument());
            if (Scopes.refersTo(name, key) && !reassigned(method.get(), key.getNameAsString())) {
                return true;
            }
        }
        return false;
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
     * When a dynamic key is a parameter of the enclosing method that reaches the call unchanged, or with text
     * around it ({@code key + "." + environment}), or a member of an enum parameter ({@code flag.key()}), that
     * method is a wrapper of the API; so is an enum's own method whose key is a member of the enum
     * ({@code flags.isEnabled(id)} in {@code Feature}).
     */
    private Optional<WrapperCandidate> wrapper(Expression keyExpression, FlagApi api, String apiMethod, CallSite site,
                                               CallKind kind) {
        Optional<MethodDeclaration> method = keyExpression.findAncestor(MethodDeclaration.class);
        if (method.isEmpty() || method.get().getBody().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> owner = method.get().findAncestor(TypeDeclaration.class)
                .flatMap(TypeDeclaration::getFullyQualifiedName);
        List<Parameter> parameters = method.get().getParameters();
        int arity = parameters.stream().anyMatch(Parameter::isVarArgs) ? -1 : parameters.size();
        String name = method.get().getNameAsString();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            Optional<KeyResolver.Affixed> passed = keys.affixAround(keyExpression,
                    e -> e instanceof NameExpr n && Scopes.refersTo(n, p));
            // Text around the key only for a String: 1 + id + "x" adds up numbers first when id is an int.
            boolean joined = passed.isPresent() && (passed.get().affix().isNone() || isString(p));
            if (joined && !reassigned(method.get(), p.getNameAsString())) {
                int index = i;
                return owner.map(type -> new WrapperCandidate(type, name, index, arity, api, apiMethod, site.file(),
                        site.line(), passed.get().affix(), null, kind));
            }
            // A member of an enum parameter: isOn(Flag flag) { return ld.boolVariation(flag.key(), ...); }
            Optional<KeyResolver.Affixed> member = api.keyIsReceiver() || api.enumKey() == FlagApi.EnumKey.MEMBER
                    ? Optional.empty() : keys.affixAround(keyExpression, e -> keys.enumMemberOf(e, p).isPresent());
            if (member.isPresent() && !reassigned(method.get(), p.getNameAsString())) {
                int index = i;
                String read = keys.enumMemberOf(member.get().inner(), p).orElseThrow();
                return owner.map(type -> new WrapperCandidate(type, name, index, arity, api, apiMethod, site.file(),
                        site.line(), member.get().affix(), read, kind));
            }
        }
        if (api.keyIsReceiver()) {
            return Optional.empty();
        }
        return keys.affixAround(keyExpression, e -> keys.enumMemberRead(e).isPresent())
                .flatMap(read -> owner.map(type -> new WrapperCandidate(type, name, -1, arity, api, apiMethod,
                        site.file(), site.line(), read.affix(), keys.enumMemberRead(read.inner()).orElseThrow(),
                        kind)));
    }

    private static boolean isString(Parameter p) {
        String type = p.getType().asString();
        return !p.isVarArgs() && (type.equals("String") || type.equals("java.lang.String"));
    }

    private static boolean reassigned(MethodDeclaration method, String parameter) {
        return method.findAll(AssignExpr.class).stream()
                .anyMatch(a -> a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(parameter));
    }
}
