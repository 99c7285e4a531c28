package dev.flaglint.lint.remove;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes what the rewrite left unused: private methods and fields, local variables and imports that the file used
 * before the removal and no longer does. Something that was already unused is not the removal's business and stays;
 * so does a field or local whose initializer may have side effects.
 */
final class DeadCode {

    /** Deleting one method may leave another unused: a few rounds. */
    private static final int MAX_ROUNDS = 10;

    private final JavaParser parser;

    DeadCode(JavaParser parser) {
        this.parser = parser;
    }

    void remove(JavaFile file) {
        Optional<CompilationUnit> before = JavaFile.parse(parser, file.original());
        if (before.isEmpty()) {
            return;
        }
        Map<String, Integer> methodsBefore = methodUses(before.get());
        Map<String, Integer> namesBefore = nameUses(before.get());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<CompilationUnit> unit = file.parse(parser);
            if (unit.isEmpty()) {
                return;
            }
            SourceText text = new SourceText(file.text());
            Map<String, Integer> methods = methodUses(unit.get());
            Map<String, Integer> names = nameUses(unit.get());
            List<Edit> edits = new ArrayList<>();
            for (MethodDeclaration m : unit.get().findAll(MethodDeclaration.class, MethodDeclaration::isPrivate)) {
                String name = m.getNameAsString();
                if (methods.getOrDefault(name, 0) == 0 && methodsBefore.getOrDefault(name, 0) > 0) {
                    edits.add(text.deletion(m));
                }
            }
            for (FieldDeclaration f : unit.get().findAll(FieldDeclaration.class, FieldDeclaration::isPrivate)) {
                if (f.getVariables().size() == 1 && unusedNow(f.getVariable(0), names, namesBefore)) {
                    edits.add(text.deletion(f));
                }
            }
            for (VariableDeclarationExpr d : unit.get().findAll(VariableDeclarationExpr.class)) {
                if (d.getVariables().size() == 1 && d.getParentNode().orElse(null) instanceof ExpressionStmt s
                        && localUnusedNow(d.getVariable(0), before.get())) {
                    edits.add(text.deletion(s));
                }
            }
            if (edits.isEmpty() || !file.apply(edits)) {
                break;
            }
        }
        file.parse(parser).ifPresent(unit -> file.apply(Imports.unused(unit, new SourceText(file.text()),
                file.original())));
    }

    private static boolean unusedNow(VariableDeclarator v, Map<String, Integer> now, Map<String, Integer> before) {
        String name = v.getNameAsString();
        return now.getOrDefault(name, 0) == 0 && before.getOrDefault(name, 0) > 0
                && v.getInitializer().flatMap(Droppable::sideEffect).isEmpty();
    }

    /** A local with no reads now, that had reads in the same method before, and a droppable initializer. */
    private static boolean localUnusedNow(VariableDeclarator v, CompilationUnit before) {
        String name = v.getNameAsString();
        Optional<CallableDeclaration> method = v.findAncestor(CallableDeclaration.class);
        if (method.isEmpty() || v.getInitializer().flatMap(Droppable::sideEffect).isPresent()
                || !method.get().findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).isEmpty()) {
            return false;
        }
        String signature = method.get().getDeclarationAsString(false, false, false);
        return before.findAll(CallableDeclaration.class).stream()
                .filter(c -> c.getDeclarationAsString(false, false, false).equals(signature))
                .anyMatch(c -> !c.findAll(NameExpr.class, n -> ((NameExpr) n).getNameAsString().equals(name)).isEmpty());
    }

    /** Calls and method references by method name. */
    private static Map<String, Integer> methodUses(Node unit) {
        Map<String, Integer> uses = new HashMap<>();
        unit.findAll(MethodCallExpr.class).forEach(c -> uses.merge(c.getNameAsString(), 1, Integer::sum));
        unit.findAll(MethodReferenceExpr.class).forEach(r -> uses.merge(r.getIdentifier(), 1, Integer::sum));
        return uses;
    }

    /** Names read as variables or fields ({@code x}, {@code this.x}, {@code other.x}). */
    private static Map<String, Integer> nameUses(Node unit) {
        Map<String, Integer> uses = new HashMap<>();
        unit.findAll(NameExpr.class).forEach(n -> uses.merge(n.getNameAsString(), 1, Integer::sum));
        unit.findAll(FieldAccessExpr.class).forEach(f -> uses.merge(f.getNameAsString(), 1, Integer::sum));
        return uses;
    }
}
