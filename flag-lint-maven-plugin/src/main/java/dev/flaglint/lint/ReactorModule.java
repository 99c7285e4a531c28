package dev.flaglint.lint;

import dev.flaglint.lint.source.SourceRoot;

import java.nio.file.Path;
import java.util.List;

/**
 * One module of a build.
 *
 * @param id                  what dependencies name it by ({@code groupId:artifactId})
 * @param name                its name in messages (the artifactId)
 * @param directory           its base directory
 * @param sourceRoots         the source roots a check reads (test roots included when tests are checked)
 * @param dependencies        the ids of the modules and libraries it declares as dependencies
 * @param configuredFlagsFile its configured flags file as written (relative to {@code directory}, or
 *                            absolute), or {@code null} when it uses the documented lookup
 * @param runsCheck           whether flag-lint runs in it (bound in its build, or called from the command line)
 */
public record ReactorModule(String id, String name, Path directory, List<SourceRoot> sourceRoots,
                            List<String> dependencies, String configuredFlagsFile, boolean runsCheck) {

    public ReactorModule {
        directory = directory.toAbsolutePath().normalize();
        sourceRoots = List.copyOf(sourceRoots);
        dependencies = List.copyOf(dependencies);
    }
}
