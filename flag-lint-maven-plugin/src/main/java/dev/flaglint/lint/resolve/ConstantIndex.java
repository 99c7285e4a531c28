package dev.flaglint.lint.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.flaglint.lint.scan.SourceTree;

import java.util.Optional;

/**
 * Finds {@code static final} fields by qualified class name and field name anywhere in the scanned
 * sources (every module of the reactor the check can see), parsing only the declaring file.
 */
public final class ConstantIndex {

    /** A constant field and the declarator that holds its initializer (which locates its file). */
    public record Constant(VariableDeclarator declarator, Scopes.Declaration declaration) {
    }

    private final SourceTree sources;

    public ConstantIndex(SourceTree sources) {
        this.sources = sources;
    }

    /** The compile-time constant {@code field} of type {@code qualifiedType}, if declared in the sources. */
    public Optional<Constant> find(String qualifiedType, String field) {
        return type(qualifiedType).flatMap(type -> {
            Optional<Scopes.Declaration> declaration = Scopes.field(type, field)
                    .filter(d -> d.isFinal() && d.initializer().isPresent());
            return declaration.flatMap(d -> type.getFieldByName(field)
                    .flatMap(f -> f.getVariables().stream().filter(v -> v.getNameAsString().equals(field)).findFirst())
                    .map(v -> new Constant(v, d)));
        });
    }

    /** The declaration of {@code qualifiedType} (top-level or nested), if it is in the sources. */
    public Optional<TypeDeclaration<?>> type(String qualifiedType) {
        return sources.fileDeclaring(qualifiedType)
                .flatMap(sources::parse)
                .flatMap(unit -> findType(unit, qualifiedType));
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
