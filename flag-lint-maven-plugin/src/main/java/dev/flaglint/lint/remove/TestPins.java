package dev.flaglint.lint.remove;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.flaglint.model.Variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The test annotations of flag-runtime-junit that name the flag: {@code @FlagOverride} pinning the kept value is
 * deleted (a test pinning the removed one is deleted with it); {@code @BothPaths} becomes {@code @Test}, and the flag
 * leaves a {@code @FlagMatrix}. A test whose flags parameter then lacks the extension gets
 * {@code @ExtendWith(FlagsExtension.class)}.
 */
final class TestPins {

    static final String EXTEND_WITH = "@ExtendWith(FlagsExtension.class)";
    private static final Set<String> REGISTERING = Set.of("FlagOverride", "FlagOverrides", "BothPaths", "FlagMatrix",
            "FlagsFrom");

    private final String key;
    private final KeptValue kept;
    private final Set<String> keyNames;
    private final TestMethods tests;

    /** @param keyNames names of constants holding the key ({@code NEW_CHECKOUT}) */
    TestPins(String key, KeptValue kept, Set<String> keyNames, TestMethods tests) {
        this.key = key;
        this.kept = kept;
        this.keyNames = Set.copyOf(keyNames);
        this.tests = tests;
    }

    /** Whether a file may hold such an annotation, before parsing it. */
    static boolean mayPin(String text) {
        return text.contains("FlagOverride") || text.contains("BothPaths") || text.contains("FlagMatrix");
    }

    /** The edits for the annotations in {@code unit}; imports they need are added to {@code imports}. */
    List<Edit> edits(JavaFile file, CompilationUnit unit, SourceText text, Set<String> imports) {
        List<Edit> edits = new ArrayList<>();
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            String name = a.getName().getIdentifier();
            Node target = a.getParentNode().orElse(null);
            if (name.equals("FlagOverride") && a instanceof NormalAnnotationExpr pin && names(value(pin, "flag"))) {
                override(file, text, pin, target, imports).ifPresent(edits::add);
            } else if (name.equals("BothPaths") && names(single(a))) {
                edits.add(new Edit(text.begin(a), text.end(a), "@Test" + extension(text, a, target, imports)));
                imports.add("org.junit.jupiter.api.Test");
            } else if (name.equals("FlagMatrix")) {
                matrix(file, text, a, target, imports).ifPresent(edits::add);
            }
        }
        return edits;
    }

    private Optional<Edit> override(JavaFile file, SourceText text, NormalAnnotationExpr pin, Node target,
                                    Set<String> imports) {
        if (!(target instanceof NodeWithAnnotations<?>)) { // inside @FlagOverrides({...})
            file.leftover(line(pin), column(pin), LeftoverReason.PINS_REMOVED_VALUE, pin.toString());
            return Optional.empty();
        }
        Optional<String> pinned = pinnedVariant(pin);
        if (pinned.isPresent() && pinned.get().equals(kept.variant())) {
            String replacement = extension(text, pin, target, imports).strip();
            return Optional.of(replacement.isEmpty() ? text.deletion(pin)
                    : new Edit(text.begin(pin), text.end(pin), replacement));
        }
        if (target instanceof MethodDeclaration m && TestMethods.isTest(m)) {
            return Optional.of(tests.delete(file, text, m, "it pins the flag with " + pin));
        }
        file.leftover(line(pin), column(pin), LeftoverReason.PINS_REMOVED_VALUE, pin.toString());
        return Optional.empty();
    }

    private Optional<String> pinnedVariant(NormalAnnotationExpr pin) {
        Expression variant = value(pin, "variant");
        if (variant instanceof StringLiteralExpr s && !s.getValue().isEmpty()) {
            return Optional.of(s.getValue());
        }
        if (variant != null) {
            return Optional.empty();
        }
        Expression enabled = value(pin, "enabled");
        if (enabled == null) {
            return Optional.of(Variants.ON);
        }
        return enabled instanceof BooleanLiteralExpr b ? Optional.of(b.getValue() ? Variants.ON : Variants.OFF)
                : Optional.empty();
    }

    private Optional<Edit> matrix(JavaFile file, SourceText text, AnnotationExpr a, Node target, Set<String> imports) {
        Expression flags = a instanceof SingleMemberAnnotationExpr s ? s.getMemberValue()
                : a instanceof NormalAnnotationExpr n ? value(n, "value") : null;
        Expression cases = a instanceof NormalAnnotationExpr n ? value(n, "cases") : null;
        if (cases != null && cases.toString().contains(key)) {
            file.leftover(line(a), column(a), LeftoverReason.PINS_REMOVED_VALUE, a.toString());
            return Optional.empty();
        }
        List<Expression> values = flags instanceof ArrayInitializerExpr array ? array.getValues()
                : flags == null ? List.of() : List.of(flags);
        List<String> rest = new ArrayList<>();
        boolean named = false;
        for (Expression v : values) {
            if (names(v)) {
                named = true;
            } else {
                rest.add(text.of(v));
            }
        }
        if (!named) {
            return Optional.empty();
        }
        if (rest.isEmpty() && cases == null) {
            imports.add("org.junit.jupiter.api.Test");
            return Optional.of(new Edit(text.begin(a), text.end(a), "@Test" + extension(text, a, target, imports)));
        }
        String list = rest.size() == 1 ? rest.get(0) : "{" + String.join(", ", rest) + "}";
        return Optional.of(new Edit(text.begin(flags), text.end(flags), list));
    }

    /**
     * What registers the flags extension once {@code removed} is gone, when the element needs it (a test with
     * parameters, a class with such tests) and nothing else registers it: a new line holding
     * {@value #EXTEND_WITH}, indented as the annotation; else nothing.
     */
    private static String extension(SourceText text, AnnotationExpr removed, Node target, Set<String> imports) {
        if (!(target instanceof NodeWithAnnotations<?> element)) {
            return "";
        }
        NodeList<AnnotationExpr> others = element.getAnnotations();
        boolean registered = others.stream().filter(o -> o != removed).anyMatch(o ->
                REGISTERING.contains(o.getName().getIdentifier())
                        || o.getName().getIdentifier().equals("ExtendWith") && o.toString().contains("FlagsExtension"));
        boolean needs = target instanceof MethodDeclaration m ? !m.getParameters().isEmpty()
                : target instanceof ClassOrInterfaceDeclaration c && c.getMethods().stream()
                .anyMatch(m -> !m.getParameters().isEmpty());
        if (registered || !needs) {
            return "";
        }
        imports.add("org.junit.jupiter.api.extension.ExtendWith");
        imports.add("dev.flaglint.junit.FlagsExtension");
        return text.lineBreak() + text.indentAt(text.begin(removed)) + EXTEND_WITH;
    }

    /** Whether {@code e} is the flag's key: its literal, or a constant holding it. */
    private boolean names(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return s.getValue().equals(key);
        }
        if (e instanceof NameExpr n) {
            return keyNames.contains(n.getNameAsString());
        }
        return e instanceof FieldAccessExpr f && keyNames.contains(f.getNameAsString());
    }

    private static Expression value(NormalAnnotationExpr a, String name) {
        return a.getPairs().stream().filter(p -> p.getNameAsString().equals(name)).map(MemberValuePair::getValue)
                .findFirst().orElse(null);
    }

    private static Expression single(AnnotationExpr a) {
        if (a instanceof SingleMemberAnnotationExpr s) {
            return s.getMemberValue();
        }
        return a instanceof NormalAnnotationExpr n ? value(n, "value") : null;
    }

    private static int line(Node n) {
        return n.getBegin().map(p -> p.line).orElse(0);
    }

    private static int column(Node n) {
        return n.getBegin().map(p -> p.column).orElse(0);
    }
}
