package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.flaglint.lint.source.SourceTree;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds types, constant fields and enum constants by qualified name anywhere in the scanned
 * sources (every module of the reactor the check can see), parsing only the declaring file.
 */
public final class ConstantIndex {

    /** A field or an enum constant of a type. */
    public sealed interface Member {
    }

    /** A field (its initializer, if any, sits in the declaring file's tree). */
    public record Field(Scopes.Declaration declaration) implements Member {
    }

    /** An enum constant, with the enum that declares it. */
    public record EnumConstant(EnumDeclaration type, EnumConstantDeclaration constant) implements Member {
    }

    private final SourceTree sources;
    private final Map<String, Optional<TypeDeclaration<?>>> types = new HashMap<>();

    public ConstantIndex(SourceTree sources) {
        this.sources = sources;
    }

    /** The member {@code name} declared directly in {@code qualifiedType}, if that type is in the sources. */
    public Optional<Member> declaredMember(String qualifiedType, String name) {
        return type(qualifiedType).flatMap(type -> member(type, name));
    }

    /** The member {@code name} declared directly in {@code type}. */
    public static Optional<Member> member(TypeDeclaration<?> type, String name) {
        if (type instanceof EnumDeclaration e) {
            for (EnumConstantDeclaration c : e.getEntries()) {
                if (c.getNameAsString().equals(name)) {
                    return Optional.of(new EnumConstant(e, c));
                }
            }
        }
        return Scopes.field(type, name).map(Field::new);
    }

    /** The declaration of {@code qualifiedType} (top-level or nested), if it is in the sources. */
    public Optional<TypeDeclaration<?>> type(String qualifiedType) {
        return types.computeIfAbsent(qualifiedType, q -> sources.fileDeclaring(q)
                .flatMap(sources::parse)
                .flatMap(unit -> findType(unit, q)));
    }

    private static Optional<TypeDeclaration<?>> findType(CompilationUnit unit, String qualifiedType) {
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            if (type.getFullyQualifiedName().filter(qualifiedType::equals).isPresent()) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
