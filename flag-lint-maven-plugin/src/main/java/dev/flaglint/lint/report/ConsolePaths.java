package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.source.ModulePaths;

import java.nio.file.Path;

/**
 * Where the console's paths start: at the module, as Checkstyle prints them, or at one directory for
 * every module (the top of the build), so that each path opens from where the build was started. The
 * report files keep their own paths.
 */
public final class ConsolePaths {

    private static final ConsolePaths MODULE = new ConsolePaths(null);

    private final Path base;

    private ConsolePaths(Path base) {
        this.base = base == null ? null : base.toAbsolutePath().normalize();
    }

    /** Paths relative to the checked module. */
    public static ConsolePaths fromModule() {
        return MODULE;
    }

    /** Paths relative to {@code base}, whichever module is checked. */
    public static ConsolePaths from(Path base) {
        return new ConsolePaths(base);
    }

    /** A path relative to the module (a finding's or a call site's), as the console shows it. */
    public String show(LintRequest request, String moduleRelative) {
        return base == null ? moduleRelative
                : ModulePaths.relative(base, request.moduleDir().resolve(moduleRelative));
    }

    /** A file (a report, the baseline), as the console shows it. */
    public String show(LintRequest request, Path file) {
        return ModulePaths.shown(base == null ? request.moduleDir() : base, file);
    }
}
