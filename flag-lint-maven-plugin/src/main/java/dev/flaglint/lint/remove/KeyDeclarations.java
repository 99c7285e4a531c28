package dev.flaglint.lint.remove;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The declarations that name the flag: {@code static final String NEW_CHECKOUT = "new-checkout"} and enum constants
 * standing for it ({@code NEW_CHECKOUT} or {@code NEW_CHECKOUT("new-checkout")}). Once the calls are rewritten,
 * each is deleted when nothing in the whole build uses its name any more (static imports of it go too); one that is
 * still used is a leftover at that use.
 */
final class KeyDeclarations {

    private final String key;
    private final JavaParser parser;

    KeyDeclarations(String key, JavaParser parser) {
        this.key = key;
        this.parser = parser;
    }

    /** Deletes the declarations named {@code names} that hold the key and nothing uses any more. */
    void remove(Workspace workspace, Set<String> names) {
        for (String name : names) {
            Map<JavaFile, List<Node>> declarations = new HashMap<>();
            for (Path path : workspace.rewritable()) {
                if (!workspace.text(path).contains(name)) {
                    continue;
                }
                JavaFile file = workspace.file(path);
                file.parse(parser).ifPresent(unit -> {
                    List<Node> found = declarations(unit, name);
                    if (!found.isEmpty()) {
                        declarations.put(file, found);
                    }
                });
            }
            int declared = declarations.values().stream().mapToInt(List::size).sum();
            if (declared == 0) {
                continue;
            }
            Set<String> at = new HashSet<>();
            declarations.forEach((file, nodes) -> {
                SourceText text = new SourceText(file.text());
                nodes.forEach(n -> at.add(file.path() + ":" + text.begin(nameOf(n))));
            });
            Optional<Use> use = firstUse(workspace, name, at);
            if (use.isPresent()) {
                JavaFile user = workspace.file(use.get().file());
                user.leftover(use.get().line(), use.get().column(), LeftoverReason.STILL_USED, name);
                continue;
            }
            declarations.forEach((file, nodes) -> delete(file, name));
            dropStaticImports(workspace, name);
        }
    }

    private List<Node> declarations(CompilationUnit unit, String name) {
        List<Node> found = new ArrayList<>();
        for (FieldDeclaration f : unit.findAll(FieldDeclaration.class)) {
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getNameAsString().equals(name) && v.getInitializer().filter(this::isKey).isPresent()) {
                    found.add(f.getVariables().size() == 1 ? f : v);
                }
            }
        }
        for (EnumConstantDeclaration c : unit.findAll(EnumConstantDeclaration.class)) {
            if (c.getNameAsString().equals(name) && (name.equals(key)
                    || !c.getArguments().isEmpty() && isKey(c.getArgument(0)))) {
                found.add(c);
            }
        }
        return found;
    }

    private boolean isKey(Expression e) {
        return e instanceof StringLiteralExpr s && s.asString().equals(key)
                || e instanceof TextBlockLiteralExpr t && t.asString().equals(key);
    }

    private void delete(JavaFile file, String name) {
        file.parse(parser).ifPresent(unit -> {
            SourceText text = new SourceText(file.text());
            List<Edit> edits = new ArrayList<>();
            for (Node n : declarations(unit, name)) {
                if (n instanceof FieldDeclaration f) {
                    edits.add(text.deletion(f));
                } else if (n instanceof EnumConstantDeclaration c) {
                    edits.add(enumConstant(text, c));
                }
                // a declarator sharing its declaration with others stays: rare, and still compiles
            }
            file.apply(edits);
        });
    }

    /** The constant with the comma that separates it from its neighbour; its whole lines when it has them. */
    private static Edit enumConstant(SourceText text, EnumConstantDeclaration c) {
        EnumDeclaration owner = (EnumDeclaration) c.getParentNode().orElseThrow();
        List<EnumConstantDeclaration> all = owner.getEntries();
        int i = all.indexOf(c);
        int begin = text.beginWithComment(c);
        if (i + 1 < all.size()) {
            int next = text.beginWithComment(all.get(i + 1));
            int lineStart = text.lineStart(begin);
            if (text.blank(lineStart, begin) && text.lineStart(next) == text.nextLineStart(text.end(c))
                    && text.blank(text.lineStart(next), next)) {
                return Edit.delete(lineStart, text.lineStart(next)); // one constant per line
            }
            return Edit.delete(begin, next);
        }
        if (i > 0) {
            return Edit.delete(text.end(all.get(i - 1)), text.end(c));
        }
        return Edit.delete(begin, text.end(c));
    }

    private void dropStaticImports(Workspace workspace, String name) {
        for (Path path : workspace.rewritable()) {
            String source = workspace.text(path);
            if (!source.contains("import static") || !source.contains(name)) {
                continue;
            }
            JavaFile file = workspace.file(path);
            file.parse(parser).ifPresent(unit -> {
                SourceText text = new SourceText(file.text());
                List<Edit> edits = new ArrayList<>();
                for (ImportDeclaration i : unit.getImports()) {
                    if (i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(name)) {
                        edits.add(text.deletion(i));
                    }
                }
                file.apply(edits);
            });
        }
    }

    private static Node nameOf(Node declaration) {
        if (declaration instanceof FieldDeclaration f) {
            return f.getVariable(0).getName();
        }
        return declaration instanceof VariableDeclarator v ? v.getName() : ((EnumConstantDeclaration) declaration).getName();
    }

    /** The first use of {@code name} anywhere in the build that is not one of its declarations ({@code declaredAt}). */
    private static Optional<Use> firstUse(Workspace workspace, String name, Set<String> declaredAt) {
        for (Path path : workspace.everywhere()) {
            String source = workspace.text(path);
            if (!source.contains(name)) {
                continue;
            }
            for (Identifiers.Token t : Identifiers.of(source)) {
                if (!t.string() && !t.inImport() && t.text().equals(name) && !declaredAt.contains(path + ":" + t.offset())) {
                    int[] at = new SourceText(source).position(t.offset());
                    return Optional.of(new Use(path, at[0], at[1]));
                }
            }
        }
        return Optional.empty();
    }

    private record Use(Path file, int line, int column) {
    }
}
