package dev.flaglint.lint.scan;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.flaglint.lint.resolve.Symbols;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.flaglint.lint.resolve.Expressions.unparenthesized;

/**
 * The elements a method reference is handed when they are written out: {@code List.of("a", "b").stream()
 * .allMatch(unleash::isEnabled)}, {@code Stream.of("a", "b").filter(unleash::isEnabled)}. Only steps that keep
 * every element may come between the list and the reference ({@code distinct()}, {@code sorted()}): a
 * {@code filter} or {@code limit} before it could keep a key from ever reaching the flag method.
 */
final class LiteralSources {

    /** The JDK types whose factories write a list out, and those factories. */
    static final Map<String, String> FACTORIES = Map.of(
            "java.util.List", "of",
            "java.util.Set", "of",
            "java.util.Arrays", "asList",
            "java.util.stream.Stream", "of");

    /** Stream and collection methods that hand each element to their one functional argument. */
    private static final Set<String> EACH_ELEMENT = Set.of("filter", "anyMatch", "allMatch", "noneMatch", "map",
            "forEach", "forEachOrdered", "takeWhile", "dropWhile", "peek");
    /** Stream steps that pass on every element as it is. */
    private static final Set<String> EVERY_ELEMENT = Set.of("distinct", "sorted", "peek", "unordered", "parallel",
            "sequential");

    private final Symbols symbols;

    LiteralSources(Symbols symbols) {
        this.symbols = symbols;
    }

    /** The written-out elements that reach {@code ref}, or empty when they are not written out. */
    Optional<List<Expression>> elements(MethodReferenceExpr ref) {
        if (!(ref.getParentNode().orElse(null) instanceof MethodCallExpr step) || !EACH_ELEMENT.contains(
                step.getNameAsString()) || step.getArguments().size() != 1 || step.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression source = unparenthesized(step.getScope().get());
        boolean stream = false;
        while (source instanceof MethodCallExpr s && s.getScope().isPresent() && s.getArguments().isEmpty()
                && (EVERY_ELEMENT.contains(s.getNameAsString()) || s.getNameAsString().equals("stream")
                || s.getNameAsString().equals("parallelStream"))) {
            stream |= !EVERY_ELEMENT.contains(s.getNameAsString());
            source = unparenthesized(s.getScope().get());
        }
        if (!(source instanceof MethodCallExpr factory) || factory.getArguments().isEmpty()
                || factory.getScope().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> type = symbols.type(factory, factory.getScope().get().toString())
                .filter(t -> factory.getNameAsString().equals(FACTORIES.get(t)));
        // A stream is one already, a collection needs .stream() first (or takes forEach itself).
        boolean fits = type.isPresent() && (type.get().equals("java.util.stream.Stream") ? !stream
                : stream || step.getNameAsString().equals("forEach"));
        return fits ? Optional.of(List.copyOf(factory.getArguments())) : Optional.empty();
    }
}
