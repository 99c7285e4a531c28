package dev.flaglint.lint.remove;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.util.Optional;
import java.util.Set;

/** Test methods (JUnit 5 and flag-runtime-junit annotations), and their deletion when they test the removed value. */
final class TestMethods {

    private static final Set<String> TEST_ANNOTATIONS = Set.of("Test", "ParameterizedTest", "RepeatedTest",
            "TestTemplate", "TestFactory", "BothPaths", "FlagMatrix");

    /** The test method {@code node} is in, if it is in one. */
    Optional<MethodDeclaration> enclosingTest(Node node) {
        Optional<MethodDeclaration> method = node instanceof MethodDeclaration m ? Optional.of(m)
                : node.findAncestor(MethodDeclaration.class);
        return method.filter(TestMethods::isTest);
    }

    static boolean isTest(MethodDeclaration m) {
        return m.getAnnotations().stream().anyMatch(a -> TEST_ANNOTATIONS.contains(a.getName().getIdentifier()));
    }

    /** Deletes {@code test} (with its comment), and records it with why. */
    Edit delete(JavaFile file, SourceText text, MethodDeclaration test, String reason) {
        String owner = test.findAncestor(TypeDeclaration.class).map(TypeDeclaration::getNameAsString).orElse("");
        file.removedTest(new RemovedTest(file.display(), test.getBegin().map(p -> p.line).orElse(0),
                owner + "." + test.getNameAsString(), reason));
        return text.deletion(test);
    }
}
