package dev.flaglint.lint.remove;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;

import java.nio.file.Path;
import java.util.List;

/**
 * What a removal did.
 *
 * @param flag         the flag's key
 * @param kept         the value the code keeps
 * @param callSites    how many call sites of the flag the build had
 * @param changes      the files changed (or, in a dry run, that would be), in path order
 * @param removedTests tests deleted because they only exercised the removed value
 * @param leftovers    what was left for a person, with why
 * @param patch        the unified diff written by a dry run, else {@code null}
 * @param after        the check of each module after the rewrite (none in a dry run)
 */
public record RemovalResult(String flag, KeptValue kept, int callSites, List<FileChange> changes,
                            List<RemovedTest> removedTests, List<Leftover> leftovers, Path patch,
                            List<ModuleCheck> after) {

    public RemovalResult {
        changes = List.copyOf(changes);
        removedTests = List.copyOf(removedTests);
        leftovers = List.copyOf(leftovers);
        after = List.copyOf(after);
    }

    /**
     * One changed file.
     *
     * @param display the path relative to the top of the build
     * @param removed lines taken out
     * @param added   lines put in
     */
    public record FileChange(Path path, String display, int removed, int added) {
    }

    /** A module's check after the removal. */
    public record ModuleCheck(LintRequest request, LintResult result) {
    }

    /** The call sites of the flag the checks after the removal still find, over all modules. */
    public long remainingCallSites() {
        return after.stream().flatMap(c -> c.result().callSites().stream()).filter(s -> flag.equals(s.key())).count();
    }
}
