package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.util.List;
import java.util.Optional;

/**
 * What a name in the sources refers to, by Java's scoping: variables (locals, parameters, own and
 * inherited fields), members of types (declared or inherited), and statically imported members.
 * Only what the scanned sources declare can be seen; anything else is unknown, never guessed.
 */
public final class Symbols {

    private final TypeNames typeNames;
    private final ConstantIndex index;
    private final TypeHierarchy hierarchy;

    public Symbols(TypeNames typeNames, ConstantIndex index) {
        this.typeNames = typeNames;
        this.index = index;
        this.hierarchy = new TypeHierarchy(typeNames, index);
    }

    public TypeHierarchy hierarchy() {
        return hierarchy;
    }

    public ConstantIndex index() {
        return index;
    }

    /** The qualified type a written type name means at {@code at}. */
    public Optional<String> type(Node at, String written) {
        return typeNames.resolve(at, written);
    }

    /** The variable or field a simple name means at {@code at}. */
    public Optional<Scopes.Declaration> variable(Node at, String name) {
        return Scopes.lookup(at, name, this::inheritedField);
    }

    private Optional<Scopes.Declaration> inheritedField(TypeDeclaration<?> type, String name) {
        for (String supertype : hierarchy.declared(type)) {
            Optional<ConstantIndex.Member> m = member(supertype, name);
            if (m.isPresent() && m.get() instanceof ConstantIndex.Field f) {
                return Optional.of(f.declaration());
            }
        }
        return Optional.empty();
    }

    /** Member {@code name} of {@code type}: declared there or inherited. */
    public Optional<ConstantIndex.Member> member(String type, String name) {
        for (String t : hierarchy.supertypesAndSelf(type)) {
            Optional<ConstantIndex.Member> m = index.declaredMember(t, name);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** The member a simple name means through the file's static imports (single, then on-demand). */
    public Optional<ConstantIndex.Member> staticallyImported(Node at, String name) {
        Optional<CompilationUnit> unit = at.findCompilationUnit();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        List<ImportDeclaration> imports = unit.get().getImports();
        for (ImportDeclaration imp : imports) {
            if (imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(name)) {
                return imp.getName().getQualifier().flatMap(owner -> member(owner.asString(), name));
            }
        }
        for (ImportDeclaration imp : imports) {
            if (imp.isStatic() && imp.isAsterisk()) {
                Optional<ConstantIndex.Member> m = member(imp.getNameAsString(), name);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /** The type that statically imports method {@code name} into the file of {@code at}, if any. */
    public Optional<String> staticMethodOwner(Node at, String name) {
        return at.findCompilationUnit().flatMap(unit -> unit.getImports().stream()
                .filter(imp -> imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(name))
                .findFirst()
                .flatMap(imp -> imp.getName().getQualifier().map(Object::toString)));
    }

    /** The qualified names of the types enclosing {@code at}, innermost first. */
    public List<String> enclosingTypes(Node at) {
        List<String> result = new java.util.ArrayList<>();
        Node current = at;
        while (current.getParentNode().isPresent()) {
            current = current.getParentNode().get();
            if (current instanceof TypeDeclaration<?> t) {
                t.getFullyQualifiedName().ifPresent(result::add);
            }
        }
        return result;
    }
}
