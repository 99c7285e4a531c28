package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.model.Finding;

/** One console line per finding, Checkstyle style, at the finding's severity; the detected wrappers at debug level. */
public final class ConsoleFindings implements LintOutput {

    private final Console console;
    private final ConsolePaths paths;

    public ConsoleFindings(Console console, ConsolePaths paths) {
        this.console = console;
        this.paths = paths;
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        if (console.isDebugEnabled()) {
            result.wrappers().forEach(w -> console.debug("flag-lint: " + w.type() + "#" + w.method()
                    + " (key argument " + w.parameter() + ") wraps " + w.wraps().type() + ", at " + w.file() + ":"
                    + w.line()));
        }
        for (Finding f : result.findings()) {
            String line = f.toConsoleLine(paths.show(request, f.file()));
            switch (f.severity()) {
                case ERROR -> console.error(line);
                case WARNING -> console.warning(line);
                default -> console.info(line);
            }
        }
    }
}
