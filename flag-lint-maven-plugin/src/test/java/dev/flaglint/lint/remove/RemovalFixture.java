package dev.flaglint.lint.remove;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.Presets;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.source.SourceRoot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A one-module project on disk, its flags file at the root, and a removal run over it. */
final class RemovalFixture {

    static final String FLAGS = """
            flags:
              new-checkout:
                owner: payments
                created: 2026-01-01
                expires: 2026-12-01
                ticket: PAY-1
                rollout: 100
              other:
                owner: payments
                created: 2026-01-01
                expires: 2026-12-01
                ticket: PAY-2
                rollout: 50
            """;

    private final Path dir;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, byte[]> raw = new LinkedHashMap<>();
    private final List<FlagApi> apis = new ArrayList<>(Presets.byName("flag-runtime").orElseThrow());

    RemovalFixture(Path dir) {
        this.dir = dir;
        files.put("flags.yaml", FLAGS);
    }

    /** Checks calls of {@code api} too. */
    RemovalFixture api(FlagApi api) {
        apis.add(api);
        return this;
    }

    /** A file of these bytes, whatever their encoding. */
    RemovalFixture bytes(String path, byte[] content) {
        raw.put(path, content);
        return this;
    }

    RemovalFixture file(String path, String content) {
        files.put(path, content);
        return this;
    }

    /** A main class {@code com.acme.<name>} with the given body inside the class. */
    RemovalFixture mainClass(String name, String imports, String body) {
        return file("src/main/java/com/acme/" + name + ".java", "package com.acme;\n\n" + imports
                + "\nclass " + name + " {\n" + body + "}\n");
    }

    RemovalResult remove(String flag, String value) {
        return run(flag, value, false);
    }

    RemovalResult run(String flag, String value, boolean dryRun) {
        write();
        LintRequest request = LintRequest.builder("app", dir)
                .sourceRoots(List.of(root("src/main/java", false), root("src/test/java", true)))
                .flagsFile(dir.resolve("flags.yaml"), true).today(LocalDate.of(2026, 5, 1))
                .apis(apis).build();
        return new FlagRemoval().remove(new RemovalRequest(flag, value, List.of(request),
                List.of(dir.resolve("src/main/java"), dir.resolve("src/test/java")), dir, dryRun,
                dir.resolve("target/flag-lint/remove-" + flag + ".patch")));
    }

    private SourceRoot root(String path, boolean test) {
        return new SourceRoot(dir.resolve(path), "app", dir, test);
    }

    private void write() {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
            }
            for (Map.Entry<String, byte[]> e : raw.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String mainClassText(String name) {
        return read("src/main/java/com/acme/" + name + ".java");
    }
}
