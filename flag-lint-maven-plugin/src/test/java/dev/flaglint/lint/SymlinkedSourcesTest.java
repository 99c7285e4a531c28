package dev.flaglint.lint;

import dev.flaglint.lint.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sources reached through symbolic links are checked as the compiler compiles them. */
class SymlinkedSourcesTest {

    @TempDir
    Path dir;

    @Test
    void undeclaredFlagsInASymlinkedFileAndASymlinkedPackageAreReportedAndALoopOnce() throws IOException {
        Path module = dir.resolve("app");
        Projects.write(module, Map.of(
                "flags.yaml", "flags: {}\n",
                "src/main/java/com/acme/App.java", Projects.appCallingKeys("in-app")));
        Projects.write(dir.resolve("shared"), Map.of(
                "Linked.java", Projects.appCallingKeys("in-linked-file").replace("class App", "class Linked"),
                "pkg/com/acme/gen/Gen.java", Projects.appCallingKeys("in-linked-package")
                        .replace("package com.acme;", "package com.acme.gen;").replace("class App", "class Gen")));
        Files.createSymbolicLink(module.resolve("src/main/java/com/acme/Linked.java"), dir.resolve("shared/Linked.java"));
        Files.createSymbolicLink(module.resolve("src/main/java/com/acme/gen"), dir.resolve("shared/pkg/com/acme/gen"));
        Files.createSymbolicLink(module.resolve("src/main/java/com/acme/gen-loop"), module.resolve("src/main/java"));

        LintResult result = new FlagLinter().lint(Projects.request(module));

        assertThat(result.findings()).extracting(Finding::toConsoleLine).containsExactly(
                "src/main/java/com/acme/App.java:[7,15] undeclared: flag 'in-app' is not declared in flags.yaml; declare"
                        + " it there with owner, created, expires and ticket",
                "src/main/java/com/acme/Linked.java:[7,15] undeclared: flag 'in-linked-file' is not declared in"
                        + " flags.yaml; declare it there with owner, created, expires and ticket",
                "src/main/java/com/acme/gen-loop:[0,0] parse-error: not followed: a symbolic link to src/main/java, a"
                        + " directory above it, so following it would list the same files without end; they were checked"
                        + " once. Remove the link, or point it elsewhere",
                "src/main/java/com/acme/gen/Gen.java:[7,15] undeclared: flag 'in-linked-package' is not declared in"
                        + " flags.yaml; declare it there with owner, created, expires and ticket");
    }
}
