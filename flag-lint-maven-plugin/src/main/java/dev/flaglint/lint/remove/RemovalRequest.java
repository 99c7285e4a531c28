package dev.flaglint.lint.remove;

import dev.flaglint.lint.LintRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to remove, and where.
 *
 * @param flag       the flag's key
 * @param value      the value the code keeps ({@code true}/{@code false} or a variant name), or {@code null} for the
 *                   flag's settled value
 * @param modules    the check of every module that reads the flags file: their call sites are rewritten (the first
 *                   one's flags file is edited); test sources must be among their roots
 * @param usageRoots every source directory of the build, to know whether a declaration is still used anywhere
 * @param base       the top of the build: paths in messages and in the patch are relative to it
 * @param dryRun     write {@code patch} instead of changing any file
 * @param patch      where a dry run writes its unified diff
 */
public record RemovalRequest(String flag, String value, List<LintRequest> modules, List<Path> usageRoots, Path base,
                             boolean dryRun, Path patch) {

    public RemovalRequest {
        Objects.requireNonNull(flag, "flag");
        modules = List.copyOf(modules);
        usageRoots = List.copyOf(usageRoots);
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("a removal needs at least one module");
        }
    }
}
