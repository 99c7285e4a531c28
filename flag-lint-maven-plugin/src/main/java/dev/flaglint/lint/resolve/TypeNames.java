package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.flaglint.lint.source.SourceFile;
import dev.flaglint.lint.source.SourceTree;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a type name as written in a file to a qualified name, by Java's rules in their usual
 * order: types declared in the file, single-type imports (and member types imported by a single static
 * import), the file's package, on-demand imports (of packages, and of a type's member types).
 * Without a classpath it cannot see every type, so an on-demand import only counts for a type
 * found in the sources or one of the {@code knownTypes} (the flag APIs, the JDK types a check names).
 */
public final class TypeNames {

    private final SourceTree sources;
    private final Set<String> knownTypes;
    /** Qualified names looked up in the sources, and whether they declare them. */
    private final Map<String, Boolean> declared = new HashMap<>();

    public TypeNames(SourceTree sources, Set<String> knownTypes) {
        this.sources = sources;
        this.knownTypes = Set.copyOf(knownTypes);
    }

    /** The qualified name {@code written} (simple, nested or qualified) means at {@code context}. */
    public Optional<String> resolve(Node context, String written) {
        Optional<CompilationUnit> unit = context.findCompilationUnit();
        if (unit.isEmpty()) {
            return Optional.of(written);
        }
        int dot = written.indexOf('.');
        String head = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        if (dot > 0 && Character.isLowerCase(head.charAt(0))) {
            return Optional.of(written); // already qualified: com.acme.Flags
        }
        return resolveSimple(context, unit.get(), head).map(q -> q + rest);
    }

    private Optional<String> resolveSimple(Node context, CompilationUnit unit, String name) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        // The enclosing types and their member types, innermost first, then the file's top-level types.
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> enclosing) {
                if (enclosing.getNameAsString().equals(name)) {
                    return enclosing.getFullyQualifiedName();
                }
                for (BodyDeclaration<?> member : enclosing.getMembers()) {
                    if (member instanceof TypeDeclaration<?> nested && nested.getNameAsString().equals(name)) {
                        return nested.getFullyQualifiedName();
                    }
                }
            }
        }
        for (TypeDeclaration<?> type : unit.getTypes()) {
            if (type.getNameAsString().equals(name)) {
                return type.getFullyQualifiedName();
            }
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(name)) {
                return Optional.of(imp.getNameAsString());
            }
        }
        // `import static a.Outer.Nested;` imports the member type too, when there is one of that name.
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(name)
                    && isDeclared(imp.getNameAsString())) {
                return Optional.of(imp.getNameAsString());
            }
        }
        String samePackage = pkg.isEmpty() ? name : pkg + "." + name;
        if (sources.fileDeclaring(samePackage).isPresent()) {
            return Optional.of(samePackage);
        }
        // On demand: a package's types (`import a.*;`), or a type's member types (`import a.Outer.*;`, and
        // `import static a.Outer.*;`, which imports them too).
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isAsterisk()) {
                String candidate = imp.getNameAsString() + "." + name;
                if ((!imp.isStatic() && knownTypes.contains(candidate)) || isDeclared(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.of(samePackage);
    }

    /**
     * Whether the sources declare {@code qualified}: a file named for it, or a nested type of that name in the
     * file of its outer type (the file alone does not say: {@code a.Outer.List} is not there because
     * {@code a/Outer.java} is).
     */
    private boolean isDeclared(String qualified) {
        return declared.computeIfAbsent(qualified, q -> {
            Optional<SourceFile> file = sources.fileDeclaring(q);
            int dot = q.lastIndexOf('.');
            if (file.isEmpty() || dot < 0 || !file.equals(sources.fileDeclaring(q.substring(0, dot)))) {
                return file.isPresent(); // a top-level type: the file is named for it, or known to declare it
            }
            return sources.parse(file.get()).flatMap(unit -> unit.findFirst(TypeDeclaration.class,
                    t -> t.getFullyQualifiedName().filter(q::equals).isPresent())).isPresent();
        });
    }
}
