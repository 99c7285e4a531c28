package dev.flaglint.lint.remove;

import dev.flaglint.lint.model.Severity;
import dev.flaglint.lint.report.Console;
import dev.flaglint.lint.report.ConsoleFindings;
import dev.flaglint.lint.report.ConsolePaths;
import dev.flaglint.lint.report.Plural;

/**
 * What a removal prints: the value kept, the files changed, the tests deleted, every leftover as a clickable
 * {@code file:[line,col]} line with what to do, and the check that ran afterwards. Paths are relative to the top of
 * the build, where the command was started.
 */
public final class RemovalReport {

    private final Console console;
    private final ConsolePaths paths;

    /** @param paths where the after-check's finding paths start: the top of the build */
    public RemovalReport(Console console, ConsolePaths paths) {
        this.console = console;
        this.paths = paths;
    }

    public void print(RemovalResult r, String modules, boolean valueGiven) {
        console.info("flag-lint: removing flag '" + r.flag() + "' from " + modules + "; the code keeps "
                + r.kept().describe() + (r.kept().settled() ? " (the flags file gives it to everyone)"
                : valueGiven ? " (as -Dflag-lint.value says)" : ""));
        int removed = r.changes().stream().mapToInt(RemovalResult.FileChange::removed).sum();
        int added = r.changes().stream().mapToInt(RemovalResult.FileChange::added).sum();
        console.info("flag-lint: " + Plural.of(r.callSites(), "call site") + " of '" + r.flag() + "'; "
                + (r.patch() != null ? "would change " : "changed ") + Plural.of(r.changes().size(), "file")
                + " (-" + removed + " +" + added + " lines)" + (r.changes().isEmpty() ? "" : ":"));
        r.changes().forEach(c -> console.info("flag-lint:   " + c.display() + " (-" + c.removed() + " +" + c.added() + ")"));
        for (RemovedTest t : r.removedTests()) {
            console.info("flag-lint: " + (r.patch() != null ? "would delete" : "deleted") + " test " + t.name() + " ("
                    + t.file() + ":[" + t.line() + "]): " + t.reason() + ", the removed value");
        }
        for (Leftover l : r.leftovers()) {
            console.warning(l.file() + (l.line() > 0 ? ":[" + l.line() + "," + l.column() + "]" : "")
                    + " left: " + l.message());
        }
        if (r.leftovers().isEmpty()) {
            console.info("flag-lint: nothing was left for you to do by hand");
        } else {
            console.warning("flag-lint: " + Plural.of(r.leftovers().size(), "place") + " left for you to do by hand"
                    + " (above); -Dflag-lint.failOnLeftovers=true fails the build on them");
        }
        if (r.patch() != null) {
            console.info("flag-lint: dry run: wrote " + r.patch().getFileName() + " in " + r.patch().getParent()
                    + "; no other file was changed (apply it with git apply or patch -p1 from the top of the build)");
            return;
        }
        console.info("flag-lint: the check after the removal:");
        long errors = 0;
        long warnings = 0;
        for (RemovalResult.ModuleCheck check : r.after()) {
            new ConsoleFindings(console, paths).write(check.request(), check.result());
            errors += check.result().count(Severity.ERROR);
            warnings += check.result().count(Severity.WARNING);
        }
        console.info("flag-lint: after the removal: " + Plural.of(r.remainingCallSites(), "call site") + " of '"
                + r.flag() + (r.remainingCallSites() == 1 ? "' remains; " : "' remain; ") + Plural.of(errors, "error")
                + ", " + Plural.of(warnings, "warning"));
    }
}
