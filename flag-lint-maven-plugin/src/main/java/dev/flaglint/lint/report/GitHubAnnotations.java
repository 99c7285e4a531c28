package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.Severity;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * On GitHub Actions, a workflow command per finding ({@code ::error file=…,line=…,col=…,title=…::…}),
 * which GitHub shows as an annotation on the pull request; elsewhere nothing. Paths are relative to the
 * repository root. Info findings (baselined ones) get no annotation, so an adopted baseline does not
 * flood pull requests.
 */
public final class GitHubAnnotations implements LintOutput {

    private final PrintStream out;
    private final Map<String, String> environment;

    /**
     * @param out         where workflow commands go: the process's standard output, unprefixed
     * @param environment the build's environment ({@code GITHUB_ACTIONS}, {@code GITHUB_WORKSPACE})
     */
    public GitHubAnnotations(PrintStream out, Map<String, String> environment) {
        this.out = out;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        if (!GitHubActions.isOn(environment)) {
            return;
        }
        commands(request.moduleDir(), result.findings()).forEach(out::println);
        out.flush();
    }

    /** The workflow commands for {@code findings} of the module in {@code moduleDir}, one line each. */
    public List<String> commands(Path moduleDir, List<Finding> findings) {
        Path root = RepositoryRoot.find(environment, moduleDir);
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            StringBuilder line = new StringBuilder("::")
                    .append(f.severity() == Severity.ERROR ? "error" : "warning")
                    .append(" file=").append(property(RepositoryRoot.relative(root, moduleDir, f.file())));
            if (f.line() > 0) {
                line.append(",line=").append(f.line());
                if (f.column() > 0) {
                    line.append(",col=").append(f.column());
                }
            }
            line.append(",title=").append(property("flag-lint " + f.rule().id()))
                    .append("::").append(data(f.text()));
            lines.add(line.toString());
        }
        return lines;
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
