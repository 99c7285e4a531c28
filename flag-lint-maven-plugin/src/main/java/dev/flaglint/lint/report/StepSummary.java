package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * On GitHub Actions, this module's findings as a Markdown table appended to the job summary (the file
 * named by {@code GITHUB_STEP_SUMMARY}); elsewhere nothing. Safe when modules of a parallel build append
 * at the same time. Paths are relative to the repository root.
 */
public final class StepSummary implements LintOutput {

    /** Rows of the summary table at most; the rest is counted. */
    static final int MAX_ROWS = 50;

    private final Map<String, String> environment;

    /** @param environment the build's environment ({@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY}, {@code GITHUB_WORKSPACE}) */
    public StepSummary(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        String target = environment.get("GITHUB_STEP_SUMMARY");
        if (!GitHubActions.isOn(environment) || target == null || target.isBlank()) {
            return;
        }
        Path file = Path.of(target.trim());
        byte[] bytes = summary(request, result).getBytes(StandardCharsets.UTF_8);
        // A FileLock excludes other processes only; threads of one build (mvn -T) would get
        // OverlappingFileLockException instead of waiting, so they queue on the class first.
        synchronized (StepSummary.class) {
            appendLocked(file, bytes);
        }
    }

    private static void appendLocked(Path file, byte[] bytes) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append the job summary to " + file + " (GITHUB_STEP_SUMMARY)", e);
        }
    }

    /** The Markdown appended to the job summary. */
    public String summary(LintRequest request, LintResult result) {
        Path root = RepositoryRoot.find(environment, request.moduleDir());
        List<Finding> findings = result.findings();
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long baselined = findings.stream().filter(Finding::isBaselined).count();
        StringBuilder md = new StringBuilder();
        md.append("### ").append(errors > 0 ? "❌" : warnings > 0 ? "⚠️" : "✅").append(" flag-lint: ")
                .append(escape(request.module())).append("\n\n")
                .append(Plural.of(errors, "error")).append(", ").append(Plural.of(warnings, "warning"))
                .append(baselined > 0 ? ", " + baselined + " baselined" : "")
                .append("; ").append(Plural.of(result.callSites().size(), "flag call site")).append(" checked")
                .append(" as of ").append(request.today()).append(".\n\n");
        if (findings.isEmpty()) {
            return md.append("No findings.\n\n").toString();
        }
        md.append("| Severity | Rule | Flag | Location | Message |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        List<Finding> sorted = findings.stream()
                .sorted(Comparator.comparingInt((Finding f) -> f.severity().ordinal())).toList();
        for (Finding f : sorted.subList(0, Math.min(MAX_ROWS, sorted.size()))) {
            String location = RepositoryRoot.relative(root, request.moduleDir(), f.file())
                    + (f.line() > 0 ? ":" + f.line() : "");
            md.append("| ").append(icon(f)).append(" | `").append(f.rule().id()).append("` | ")
                    .append(f.flag() == null ? "" : "`" + escape(f.flag()) + "`").append(" | `")
                    .append(escape(location)).append("` | ").append(escape(f.text())).append(" |\n");
        }
        if (sorted.size() > MAX_ROWS) {
            md.append("\n… and ").append(sorted.size() - MAX_ROWS)
                    .append(" more: see target/flag-lint/flag-lint.json.\n");
        }
        return md.append("\n").toString();
    }

    private static String icon(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "❌ error";
            case WARNING -> "⚠️ warning";
            case INFO -> f.isBaselined() ? "ℹ️ baselined" : "ℹ️ info";
        };
    }

    /** Markdown table cell text: no pipes or line breaks. */
    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
