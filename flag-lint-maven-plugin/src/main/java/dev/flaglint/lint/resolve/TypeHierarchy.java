package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Supertypes of the types declared in the scanned sources (types outside them are leaves). */
public final class TypeHierarchy {

    private final TypeNames typeNames;
    private final ConstantIndex index;
    private final Map<String, List<String>> direct = new HashMap<>();

    public TypeHierarchy(TypeNames typeNames, ConstantIndex index) {
        this.typeNames = typeNames;
        this.index = index;
    }

    /** Direct supertypes (extends and implements) of {@code type}, resolved to qualified names. */
    public List<String> directSupertypes(String type) {
        return direct.computeIfAbsent(type, t -> index.type(t).map(this::declared).orElse(List.of()));
    }

    /** Direct supertypes of a declaration, resolved in its own file. */
    public List<String> declared(TypeDeclaration<?> declaration) {
        List<ClassOrInterfaceType> written = new ArrayList<>();
        if (declaration instanceof ClassOrInterfaceDeclaration c) {
            written.addAll(c.getExtendedTypes());
            written.addAll(c.getImplementedTypes());
        } else if (declaration instanceof EnumDeclaration e) {
            written.addAll(e.getImplementedTypes());
        } else if (declaration instanceof RecordDeclaration r) {
            written.addAll(r.getImplementedTypes());
        }
        List<String> result = new ArrayList<>();
        for (ClassOrInterfaceType t : written) {
            typeNames.resolve(declaration, t.getNameWithScope()).ifPresent(result::add);
        }
        return result;
    }

    /** Whether {@code type} is {@code target} or inherits from it, as far as the sources show. */
    public boolean isSubtype(String type, String target) {
        return supertypesAndSelf(type).contains(target);
    }

    /** {@code type} and every supertype reachable through the sources, nearest first. */
    public List<String> supertypesAndSelf(String type) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            String t = queue.removeFirst();
            if (seen.add(t)) {
                result.add(t);
                queue.addAll(directSupertypes(t));
            }
        }
        return result;
    }

    /** The declaration of {@code type} if it is in the sources. */
    public Optional<TypeDeclaration<?>> declaration(String type) {
        return index.type(type);
    }
}
