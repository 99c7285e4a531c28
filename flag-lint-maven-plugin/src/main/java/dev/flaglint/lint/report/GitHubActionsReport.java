package dev.flaglint.lint.report;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.Severity;
import dev.flaglint.lint.baseline.Baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GitHub Actions output: a workflow command per finding ({@code ::error file=…,line=…,col=…,title=…::…}),
 * which GitHub shows as an annotation on the pull request, and a Markdown table appended to the job
 * summary ({@code $GITHUB_STEP_SUMMARY}). Paths are relative to the repository root. Info findings
 * (baselined ones) get no annotation, so an adopted baseline does not flood pull requests.
 */
public final class GitHubActionsReport {

    /** Rows of the summary table at most; the rest is counted. */
    static final int MAX_ROWS = 50;

    /** The workflow commands for {@code findings}, one line each. */
    public List<String> commands(LintRequest request, List<Finding> findings) {
        Path root = RepositoryRoot.find(request.options().environment(), request.moduleDir());
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            StringBuilder line = new StringBuilder("::")
                    .append(f.severity() == Severity.ERROR ? "error" : "warning")
                    .append(" file=").append(property(RepositoryRoot.relative(root, request.moduleDir(), f.file())));
            if (f.line() > 0) {
                line.append(",line=").append(f.line());
                if (f.column() > 0) {
                    line.append(",col=").append(f.column());
                }
            }
            line.append(",title=").append(property("flag-lint " + f.rule()))
                    .append("::").append(data(f.message()));
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Appends this module's findings as a Markdown table to the file named by {@code GITHUB_STEP_SUMMARY},
     * if set. Safe when modules of a parallel build append at the same time.
     *
     * @return the file appended to, or {@code null} when the variable is not set
     */
    public Path appendSummary(LintRequest request, List<Finding> findings, int callSites) {
        String target = request.options().environment().get("GITHUB_STEP_SUMMARY");
        if (target == null || target.isBlank()) {
            return null;
        }
        Path file = Path.of(target.trim());
        byte[] bytes = summary(request, findings, callSites).getBytes(StandardCharsets.UTF_8);
        // A FileLock excludes other processes only; threads of one build (mvn -T) would get
        // OverlappingFileLockException instead of waiting, so they queue on the class first.
        synchronized (GitHubActionsReport.class) {
            appendLocked(file, bytes);
        }
        return file;
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
    public String summary(LintRequest request, List<Finding> findings, int callSites) {
        Path root = RepositoryRoot.find(request.options().environment(), request.moduleDir());
        long errors = count(findings, Severity.ERROR);
        long warnings = count(findings, Severity.WARNING);
        long baselined = findings.stream().filter(Baseline::isBaselined).count();
        StringBuilder md = new StringBuilder();
        md.append("### ").append(errors > 0 ? "❌" : warnings > 0 ? "⚠️" : "✅").append(" flag-lint: ")
                .append(escape(request.module())).append("\n\n")
                .append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"))
                .append(baselined > 0 ? ", " + baselined + " baselined" : "")
                .append("; ").append(plural(callSites, "flag call site")).append(" checked")
                .append(request.today() == null ? "" : " as of " + request.today()).append(".\n\n");
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
            md.append("| ").append(icon(f)).append(" | `").append(f.rule()).append("` | ")
                    .append(f.flag() == null ? "" : "`" + escape(f.flag()) + "`").append(" | `")
                    .append(escape(location)).append("` | ").append(escape(f.message())).append(" |\n");
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
            case INFO -> Baseline.isBaselined(f) ? "ℹ️ baselined" : "ℹ️ info";
        };
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Markdown table cell text: no pipes or line breaks. */
    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** Escaping of a workflow command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a workflow command's property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
