package dev.flaglint.lint.init;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.report.Console;
import dev.flaglint.lint.report.LintOutput;
import dev.flaglint.lint.report.Plural;
import dev.flaglint.lint.source.ModulePaths;
import dev.flaglint.model.Flag;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * {@code flag-lint:init}'s output: declares the keys the result's call sites evaluate but the flags file
 * lacks, as stubs ({@link FlagsFileInit}), and says on the console what it added and what to fill in.
 * Without a flags file it creates {@code src/main/resources/flags.yaml}.
 */
public final class InitOutput implements LintOutput {

    private final FlagsFileInit init;
    private final Console console;

    /** @throws dev.flaglint.lint.model.LintException when {@code init} cannot work with these settings */
    public InitOutput(FlagsFileInit init, Console console) {
        this.init = init;
        this.console = console;
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        Path file = request.flagsFile() != null ? request.flagsFile()
                : request.moduleDir().resolve("src/main/resources/flags.yaml");
        String name = ModulePaths.shown(request.moduleDir(), file);
        FlagsFileInit.Result added;
        // Modules of a parallel build may share one flags file: one read-modify-write at a time.
        // (The lock spans the modules that share this plugin's class loader: all of one build.)
        synchronized (FlagsFileInit.class) {
            added = init.init(file, result.callSites(), "Feature flags of " + request.module()
                    + ": evaluated by flag-runtime, checked by flag-lint.");
        }
        Map<String, CallSite> firstSite = FlagsFileInit.undeclared(result.callSites(), Set.of());
        for (String key : added.skipped()) {
            console.warning("flag-lint: '" + key + "' is not a valid flag key (" + Flag.KEY.pattern() + "), so it"
                    + " was not added; rename it in the code (" + at(firstSite.get(key)) + ")");
        }
        if (added.added().isEmpty()) {
            console.info("flag-lint: every flag the code evaluates is declared in " + name + "; nothing to add");
            return;
        }
        console.info("flag-lint: " + (added.created() ? "created " + name + " with " : "added ")
                + Plural.of(added.added().size(), "flag") + (added.created() ? "" : " to " + name)
                + " (created " + init.today() + ", expires " + init.expires() + "); set their owner ("
                + FlagsFileInit.OWNER_PLACEHOLDER + ") and ticket (" + FlagsFileInit.TICKET_PLACEHOLDER
                + ") before committing:");
        for (String key : added.added()) {
            console.info("flag-lint:   " + key + " (evaluated at " + at(firstSite.get(key)) + ")");
        }
    }

    private static String at(CallSite site) {
        return site.file() + ":[" + site.line() + "," + site.column() + "]";
    }
}
