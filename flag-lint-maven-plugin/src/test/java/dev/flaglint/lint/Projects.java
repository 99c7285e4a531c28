package dev.flaglint.lint;

import dev.flaglint.lint.source.SourceRoot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds small projects on disk and lint requests for them. */
final class Projects {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private Projects() {
    }

    /**
     * {@code com.acme.App}, whose method {@code run(FeatureFlags flags, String name)} calls
     * {@code flags.isEnabled(...)} once per key expression (as written: {@code "\"a\""}, {@code name}),
     * the first on line 7, column 15.
     */
    static String appCalling(String... keyExpressions) {
        StringBuilder body = new StringBuilder();
        for (String key : keyExpressions) {
            body.append("        flags.isEnabled(").append(key).append(");\n");
        }
        return """
                package com.acme;

                import dev.flaglint.runtime.FeatureFlags;

                class App {
                    void run(FeatureFlags flags, String name) {
                %s    }
                }
                """.formatted(body);
    }

    /** The same, for literal keys. */
    static String appCallingKeys(String... keys) {
        return appCalling(java.util.Arrays.stream(keys).map(k -> "\"" + k + "\"").toArray(String[]::new));
    }

    static Path write(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceRoot main(Path moduleDir) {
        return new SourceRoot(moduleDir.resolve("src/main/java"), moduleDir.getFileName().toString(), moduleDir, false);
    }

    static SourceRoot test(Path moduleDir) {
        return new SourceRoot(moduleDir.resolve("src/test/java"), moduleDir.getFileName().toString(), moduleDir, true);
    }

    /** A single-module request with flag-runtime's FeatureFlags API and the flags file at the module root. */
    static LintRequest request(Path moduleDir) {
        return LintRequest.builder("app", moduleDir).sourceRoots(List.of(main(moduleDir), test(moduleDir)))
                .flagsFile(moduleDir.resolve("flags.yaml"), true).today(TODAY).build();
    }
}
