package dev.flaglint.lint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** What parsing a file gives: positions as an editor shows them, and a clear failure for what cannot be read. */
class SourceTreeTest {

    @TempDir
    Path module;

    private SourceTree tree() {
        return new SourceTree(List.of(new SourceRoot(module.resolve("src"), "app", module, false)), f -> true);
    }

    private SourceFile file(SourceTree tree, String name) {
        return tree.files().stream().filter(f -> f.path().endsWith(name)).findFirst().orElseThrow();
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = module.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkDoesNotShiftColumns() throws IOException {
        String code = "class B { void f() { g(\"x\"); } }";
        write("A.java", utf8(code));
        write("B.java", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(code)));
        SourceTree tree = tree();

        int plain = tree.parse(file(tree, "A.java")).orElseThrow().findFirst(MethodCallExpr.class).orElseThrow()
                .getBegin().orElseThrow().column;
        int withBom = tree.parse(file(tree, "B.java")).orElseThrow().findFirst(MethodCallExpr.class).orElseThrow()
                .getBegin().orElseThrow().column;

        assertThat(withBom).isEqualTo(plain).isEqualTo(22);
    }

    @Test
    void aLatin1ByteInAnIdentifierIsReportedAtItsLineWithAMessageThatAgrees() throws IOException {
        write("Cafe.java", concat(utf8("package p;\n\nclass Cafe {\n\n  void f() {\n\n    int caf"), new byte[] {(byte) 0xe9},
                utf8(" = 1;\n  }\n}\n")));
        SourceTree tree = tree();

        assertThat(tree.parse(file(tree, "Cafe.java"))).isEmpty();

        assertThat(tree.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ParseFailure.Kind.ENCODING);
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.column()).isEqualTo(12);
            assertThat(f.message()).isEqualTo("bytes that are not UTF-8 at line 7, column 12");
        });
    }

    @Test
    void aFileNestedDeeperThanTheStackIsAFailureWithItsDeepestLineNotACrash() throws Exception {
        StringBuilder deep = new StringBuilder("class Deep {\n  Object o =\n    ");
        deep.append("(".repeat(5_000)).append("1").append(")".repeat(5_000)).append(";\n}\n");
        write("Deep.java", utf8(deep.toString()));
        SourceTree tree = tree();
        AtomicReference<Optional<CompilationUnit>> parsed = new AtomicReference<>();

        // A thread with an ordinary stack: the parser runs out of it (the scan's own threads have more).
        Thread small = new Thread(null, () -> parsed.set(tree.parse(file(tree, "Deep.java"))), "small", 256 * 1024);
        small.start();
        small.join();

        assertThat(parsed.get()).isEmpty();
        assertThat(tree.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ParseFailure.Kind.TOO_DEEP);
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).isEqualTo("it nests deeper than flag-lint can follow; the deepest nesting is 5001"
                    + " brackets, at line 3");
        });
    }

    @Test
    void theSameFileParsesOnTheScansLargeStack() throws IOException {
        write("Deep.java", utf8("class Deep {\n  Object o = " + "(".repeat(5_000) + "1" + ")".repeat(5_000) + ";\n}\n"));
        SourceTree tree = tree();

        assertThat(Parallel.onLargeStack("test", () -> tree.parse(file(tree, "Deep.java")))).isPresent();
        assertThat(tree.failures()).isEmpty();
    }

    @Test
    void aFurtherTopLevelTypeIsFoundInTheFileThatDeclaresIt() throws IOException {
        write("com/acme/Service.java", utf8("package com.acme; public class Service {} class Helper { int x; }"));
        SourceTree tree = tree();
        assertThat(tree.fileDeclaring("com.acme.Helper")).isEmpty();

        tree.declareTopLevelTypes(file(tree, "Service.java"), List.of("Helper"));

        assertThat(tree.fileDeclaring("com.acme.Helper")).contains(file(tree, "Service.java"));
        assertThat(tree.fileDeclaring("com.acme.Helper.Nested")).contains(file(tree, "Service.java"));
        assertThat(tree.fileDeclaring("com.other.Helper")).isEmpty();
    }

    @Test
    void whatWasReadOfAWatchedFileIsHashedAndTwoDifferentReadsMatchNothing() throws IOException {
        write("A.java", utf8("class A {}"));
        SourceTree tree = tree();
        SourceFile a = file(tree, "A.java");
        tree.watch(List.of(a));

        tree.read(a);
        long first = tree.contentHash(a);
        Files.writeString(a.path(), "class A { }");

        assertThat(tree.contentHash(a)).isEqualTo(first); // what this run read, not what is there now
        tree.read(a);
        assertThat(tree.contentHash(a)).isEqualTo(1L);
    }
}
