package dev.flaglint.lint.source;

import dev.flaglint.model.FlagsFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The checked flags file as a resource of a module that does not have it among its resources already (a module
 * of a multi-module build reading the root's {@code flags.yaml}): the file's directory, with only the file
 * included, so it reaches the module's classpath under its own name without a copy in the sources.
 *
 * @param directory the directory holding the flags file
 * @param fileName  the flags file's name, the only file included
 */
public record FlagsResource(Path directory, String fileName) {

    /**
     * The resource to add for {@code flagsFile}, or empty when it is already inside one of {@code resourceDirs}
     * (it reaches the classpath anyway).
     */
    public static Optional<FlagsResource> of(Path flagsFile, List<Path> resourceDirs) {
        Path file = flagsFile.toAbsolutePath().normalize();
        if (resourceDirs.stream().map(d -> d.toAbsolutePath().normalize()).anyMatch(file::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(new FlagsResource(file.getParent(), file.getFileName().toString()));
    }

    /** Whether {@code FeatureFlags.fromClasspath()} finds it by its name. */
    public boolean foundByDefault() {
        return FlagsFile.DEFAULT_NAMES.contains(fileName);
    }
}
