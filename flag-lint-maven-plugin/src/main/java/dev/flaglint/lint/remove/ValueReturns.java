package dev.flaglint.lint.remove;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.ValueKind;
import dev.flaglint.lint.model.ValueRead;
import dev.flaglint.lint.model.WrapperCandidate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which calls return the flag's value itself, and as what type, so that they can become that value: the SDK
 * methods that read a value ({@code isEnabled}, {@code stringValue}, {@code getBooleanValue}, {@code boolVariation},
 * ...), and wrappers and configured APIs whose body is nothing but {@code return} of such a call. A wrapper that
 * negates, caches or combines the value is not one: its calls are left to a person.
 */
final class ValueReturns {

    /** What the preset SDKs' value methods return; flag-runtime's are on the call site ({@link CallSite#reads()}). */
    private static final Map<ApiOrigin, Map<String, ValueKind>> PRESETS = Map.of(
            ApiOrigin.OPENFEATURE, Map.of("getBooleanValue", ValueKind.BOOLEAN, "getStringValue", ValueKind.STRING,
                    "getIntegerValue", ValueKind.INTEGER, "getDoubleValue", ValueKind.NUMBER),
            ApiOrigin.LAUNCHDARKLY, Map.of("boolVariation", ValueKind.BOOLEAN, "stringVariation", ValueKind.STRING,
                    "intVariation", ValueKind.INTEGER, "doubleVariation", ValueKind.NUMBER),
            ApiOrigin.UNLEASH, Map.of("isEnabled", ValueKind.BOOLEAN),
            ApiOrigin.FF4J, Map.of("check", ValueKind.BOOLEAN),
            ApiOrigin.TOGGLZ, Map.of("isActive", ValueKind.BOOLEAN));
    /** Wrappers of wrappers: a few levels at most. */
    private static final int MAX_DEPTH = 6;

    private final List<WrapperCandidate> wrappers;
    private final Map<String, CallSite> sitesByPlace;
    private final List<Path> roots;
    private final Function<Path, Optional<CompilationUnit>> parser;

    /**
     * @param sitesByPlace every call site (dynamic ones too) by {@link #place(Path, int, int)}
     * @param roots        source roots to find the declaration of a wrapper or configured API in
     * @param parser       parses a file (empty when it does not parse)
     */
    ValueReturns(List<WrapperCandidate> wrappers, Map<String, CallSite> sitesByPlace, List<Path> roots,
                 Function<Path, Optional<CompilationUnit>> parser) {
        this.wrappers = List.copyOf(wrappers);
        this.sitesByPlace = Map.copyOf(sitesByPlace);
        this.roots = List.copyOf(roots);
        this.parser = parser;
    }

    static String place(Path file, int line, int column) {
        return file.toAbsolutePath().normalize() + ":" + line + ":" + column;
    }

    /** What the call returns as the flag's value; empty when it returns something else or flag-lint cannot tell. */
    Optional<ValueKind> of(CallSite site) {
        return of(site, 0);
    }

    /** Whether the method returns an evaluation, details or a variant name rather than the value. */
    static boolean returnsMoreThanValue(CallSite site) {
        String m = site.method();
        return m.equals("evaluate") || m.equals("variant") || m.endsWith("Details") || m.endsWith("Detail")
                || m.equals("getVariant");
    }

    private Optional<ValueKind> of(CallSite site, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        return switch (site.origin()) {
            case FLAG_RUNTIME -> returnsMoreThanValue(site) ? Optional.empty() : Optional.ofNullable(site.reads());
            case WRAPPER -> wrapperKind(site.method(), typeOf(site), depth);
            case CONFIG -> configuredKind(typeOf(site), site.method(), depth);
            default -> Optional.ofNullable(PRESETS.getOrDefault(site.origin(), Map.of()).get(site.method()));
        };
    }

    private static String typeOf(CallSite site) {
        return site.api().substring(0, site.api().lastIndexOf('#'));
    }

    /** Every detected wrapper the call may reach must pass the value through, with one type. */
    private Optional<ValueKind> wrapperKind(String method, String type, int depth) {
        List<WrapperCandidate> candidates = wrappers.stream().filter(w -> w.method().equals(method)).toList();
        List<WrapperCandidate> exact = candidates.stream().filter(w -> w.type().equals(type)).toList();
        List<ValueKind> kinds = new ArrayList<>();
        for (WrapperCandidate w : exact.isEmpty() ? candidates : exact) {
            Optional<ValueKind> inner = w.wraps().origin() == ApiOrigin.WRAPPER
                    ? wrapperKind(w.wrapsMethod(), w.wraps().type(), depth + 1)
                    : innerKind(w);
            if (inner.isEmpty() || !returnsWrappedCall(w)) {
                return Optional.empty();
            }
            kinds.add(inner.get());
        }
        return kinds.isEmpty() || kinds.stream().distinct().count() > 1 ? Optional.empty() : Optional.of(kinds.get(0));
    }

    private static Optional<ValueKind> innerKind(WrapperCandidate w) {
        if (w.wraps().origin() == ApiOrigin.FLAG_RUNTIME) {
            return Optional.ofNullable(w.wraps().reads().get(w.wrapsMethod())).map(ValueRead::kind);
        }
        return Optional.ofNullable(PRESETS.getOrDefault(w.wraps().origin(), Map.of()).get(w.wrapsMethod()));
    }

    /** Whether every declaration of the wrapper is {@code return <the wrapped call>;}. */
    private boolean returnsWrappedCall(WrapperCandidate w) {
        List<MethodDeclaration> methods = declarations(w.type(), w.method());
        return !methods.isEmpty() && methods.stream().map(ValueReturns::returnedCall).allMatch(call -> call
                .filter(c -> c.getNameAsString().equals(w.wrapsMethod()))
                .filter(c -> c.getName().getBegin().map(p -> p.line == w.line()).orElse(false)).isPresent());
    }

    /**
     * A configured API's methods, when each declaration in the sources is {@code return <call site>;} of a call
     * whose kind is known: the kind of those calls.
     */
    private Optional<ValueKind> configuredKind(String type, String method, int depth) {
        Optional<Path> file = fileOf(type);
        List<MethodDeclaration> methods = declarations(type, method);
        List<ValueKind> kinds = new ArrayList<>();
        for (MethodDeclaration m : methods) {
            Optional<CallSite> site = returnedCall(m).flatMap(c -> c.getName().getBegin())
                    .map(at -> sitesByPlace.get(place(file.orElseThrow(), at.line, at.column)));
            Optional<ValueKind> kind = site.flatMap(s -> of(s, depth + 1));
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            kinds.add(kind.get());
        }
        return kinds.isEmpty() || kinds.stream().distinct().count() > 1 ? Optional.empty() : Optional.of(kinds.get(0));
    }

    /** The declarations of {@code type#method} in the sources; none when the type's file is not there. */
    private List<MethodDeclaration> declarations(String type, String method) {
        Optional<CompilationUnit> unit = fileOf(type).flatMap(parser);
        if (unit.isEmpty()) {
            return List.of();
        }
        String simple = type.substring(type.lastIndexOf('.') + 1);
        List<MethodDeclaration> methods = new ArrayList<>();
        unit.get().findAll(TypeDeclaration.class, t -> t.getNameAsString().equals(simple))
                .forEach(t -> methods.addAll(t.getMethodsByName(method)));
        return methods;
    }

    /** The call a method body returns and does nothing else; empty for any other body. */
    private static Optional<MethodCallExpr> returnedCall(MethodDeclaration m) {
        if (m.getBody().isEmpty() || m.getBody().get().getStatements().size() != 1
                || !(m.getBody().get().getStatement(0) instanceof ReturnStmt ret) || ret.getExpression().isEmpty()) {
            return Optional.empty();
        }
        Expression e = ret.getExpression().get();
        while (e instanceof EnclosedExpr p) {
            e = p.getInner();
        }
        return e instanceof MethodCallExpr call ? Optional.of(call) : Optional.empty();
    }

    /** The file declaring {@code type} by Java's convention ({@code a/b/Outer.java} for {@code a.b.Outer.Inner}). */
    private Optional<Path> fileOf(String type) {
        String[] parts = type.split("\\.");
        for (int end = parts.length; end >= 1; end--) {
            String relative = String.join("/", Arrays.copyOfRange(parts, 0, end)) + ".java";
            for (Path root : roots) {
                Path candidate = root.resolve(relative);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
