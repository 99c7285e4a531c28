package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.Type;

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

    /** The qualified type a written type name means at {@code at}. */
    public Optional<String> type(Node at, String written) {
        return typeNames.resolve(at, written);
    }

    /**
     * Whether {@code scope} names a type ({@code Flags}, {@code Outer.Inner}, {@code com.acme.Flags}) rather
     * than a variable or a variable's field.
     */
    public boolean isTypeName(Expression scope) {
        Expression head = scope;
        while (head instanceof FieldAccessExpr f) {
            head = f.getScope();
        }
        return head instanceof NameExpr n && variable(n, n.getNameAsString()).isEmpty();
    }

    /** The variable or field a simple name means at {@code at}. */
    public Optional<Scopes.Declaration> variable(Node at, String name) {
        return Scopes.lookup(at, name, this::inheritedField);
    }

    private Optional<Scopes.Declaration> inheritedField(Node scope, String name) {
        for (String supertype : directSupertypes(scope)) {
            Optional<ConstantIndex.Member> m = member(supertype, name);
            if (m.isPresent() && m.get() instanceof ConstantIndex.Field f) {
                return Optional.of(f.declaration());
            }
        }
        return Optional.empty();
    }

    /** Supertypes of a type declaration, or the type an anonymous class extends. */
    private List<String> directSupertypes(Node scope) {
        if (scope instanceof TypeDeclaration<?> type) {
            return hierarchy.declared(type);
        }
        if (scope instanceof ObjectCreationExpr creation) {
            return typeNames.resolve(creation, creation.getType().getNameWithScope()).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    /** Field {@code name} of a class body (a type declaration or an anonymous class): its own, or inherited. */
    public Optional<Scopes.Declaration> field(Node classBody, String name) {
        Optional<Scopes.Declaration> own = classBody instanceof TypeDeclaration<?> type ? Scopes.field(type, name)
                : classBody instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                ? Scopes.fieldIn(creation.getAnonymousClassBody().get(), name) : Optional.empty();
        return own.isPresent() ? own : inheritedField(classBody, name);
    }

    /** The class body {@code this} means at {@code at}: the innermost type or anonymous class, or the named one. */
    public Optional<Node> thisBody(Node at, Optional<String> typeName) {
        for (Node n = at.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t && (typeName.isEmpty() || t.getNameAsString().equals(typeName.get()))) {
                return Optional.of(n);
            }
            if (typeName.isEmpty() && Scopes.isAnonymousClass(n)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The declared return type of method {@code name} of a class body, its own or inherited (records: accessors). */
    public Optional<Type> methodReturnType(Node classBody, String name) {
        if (classBody instanceof TypeDeclaration<?> type) {
            Optional<Type> own = returnType(type, name);
            if (own.isPresent()) {
                return own;
            }
        }
        for (String supertype : directSupertypes(classBody)) {
            Optional<Type> inherited = methodReturnType(supertype, name);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    /** The declared return type of method {@code name} of {@code type} or its supertypes, as far as the sources show. */
    public Optional<Type> methodReturnType(String type, String name) {
        for (String t : hierarchy.supertypesAndSelf(type)) {
            Optional<Type> found = index.type(t).flatMap(decl -> returnType(decl, name));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> returnType(TypeDeclaration<?> type, String name) {
        for (MethodDeclaration m : type.getMethodsByName(name)) {
            return Optional.of(m.getType());
        }
        if (type instanceof RecordDeclaration record) {
            return record.getParameterByName(name).map(Parameter::getType);
        }
        return Optional.empty();
    }

    /** The return type of an unqualified call {@code name(...)}: a method of an enclosing class body, innermost first. */
    public Optional<Type> enclosingMethodReturnType(Node at, String name) {
        for (Node n = at.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> || Scopes.isAnonymousClass(n)) {
                Optional<Type> found = methodReturnType(n, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** An enum constant named {@code name} of an enum enclosing {@code at} (code inside the enum itself). */
    public Optional<ConstantIndex.EnumConstant> enclosingEnumConstant(Node at, String name) {
        for (Node n = at.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof EnumDeclaration e) {
                Optional<ConstantIndex.Member> m = ConstantIndex.member(e, name);
                if (m.isPresent() && m.get() instanceof ConstantIndex.EnumConstant c) {
                    return Optional.of(c);
                }
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
