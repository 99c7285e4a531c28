package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.adjust.Baseline;
import dev.flaglint.lint.source.ModulePaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Records every error and warning of the result in {@code flag-lint-baseline.json} and says what it
 * wrote. No file is written when there is nothing to record and none exists yet.
 */
public final class BaselineOutput implements LintOutput {

    private final Path file;
    private final Console console;

    public BaselineOutput(Path file, Console console) {
        this.file = file;
        this.console = console;
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        Baseline baseline = Baseline.of(result.findings());
        String name = ModulePaths.shown(request.moduleDir(), file);
        if (baseline.entries().isEmpty() && !Files.exists(file)) {
            console.info("flag-lint: no errors or warnings, so no baseline is needed; " + name + " not written");
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, baseline.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file, e);
        }
        if (baseline.entries().isEmpty()) {
            console.info("flag-lint: no errors or warnings left; wrote an empty " + name + " (you can delete it)");
            return;
        }
        String byRule = baseline.countByRule().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        console.info("flag-lint: wrote " + name + " with " + Plural.of(baseline.entries().size(), "finding") + " ("
                + byRule + "); commit it. flag-lint:check now reports these as info and fails only on new findings");
    }
}
