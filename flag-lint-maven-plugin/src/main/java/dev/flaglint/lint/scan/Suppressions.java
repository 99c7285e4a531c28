package dev.flaglint.lint.scan;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.flaglint.lint.model.CallSite;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rules {@code @SuppressWarnings} turns off at a node: {@code "flag-lint:<rule>"} on any
 * enclosing declaration (local variable, field, method, constructor, class, enum, record) suppresses
 * that rule, {@code "flag-lint"} suppresses every rule ({@code *}). Other values, such as
 * {@code "unchecked"}, are ignored.
 */
public final class Suppressions {

    /** The prefix of a rule-specific value. */
    public static final String PREFIX = "flag-lint:";

    /** The value that suppresses every rule. */
    public static final String ALL = "flag-lint";

    private Suppressions() {
    }

    /** Rule ids suppressed at {@code node} by the annotations of it and its ancestors; {@code *} for all. */
    public static Set<String> of(Node node) {
        Set<String> rules = new TreeSet<>();
        for (Optional<Node> n = Optional.of(node); n.isPresent(); n = n.get().getParentNode()) {
            if (n.get() instanceof NodeWithAnnotations<?> annotated) {
                for (AnnotationExpr annotation : annotated.getAnnotations()) {
                    String name = annotation.getNameAsString();
                    if (name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings")) {
                        values(annotation, rules);
                    }
                }
            }
        }
        return rules;
    }

    private static void values(AnnotationExpr annotation, Set<String> rules) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            strings(single.getMemberValue(), rules);
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals("value")) {
                    strings(pair.getValue(), rules);
                }
            }
        }
    }

    private static void strings(Expression value, Set<String> rules) {
        if (value instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> strings(v, rules));
        } else if (value instanceof StringLiteralExpr literal) {
            String s = literal.asString().trim();
            if (s.equals(ALL)) {
                rules.add(CallSite.ALL_RULES);
            } else if (s.startsWith(PREFIX) && s.length() > PREFIX.length()) {
                rules.add(s.substring(PREFIX.length()).trim());
            }
        }
    }
}
