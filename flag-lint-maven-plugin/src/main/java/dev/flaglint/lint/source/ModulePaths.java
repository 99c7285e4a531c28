package dev.flaglint.lint.source;

import java.io.File;
import java.nio.file.Path;

/** Paths as findings, reports and messages print them: relative to a module (or another base), with {@code /}. */
public final class ModulePaths {

    private ModulePaths() {
    }

    /** {@code file} relative to {@code base}, even when it lies outside it ({@code ../flags.yaml}). */
    public static String relative(Path base, Path file) {
        return slashes(normal(base).relativize(normal(file)).toString());
    }

    /** {@code file} relative to {@code base} when it lies inside it, else absolute. */
    public static String shown(Path base, Path file) {
        return shown(prefixOf(base), normal(file).toString());
    }

    /** What {@link #shown(String, String)} strips: the absolute base and a separator. */
    public static String prefixOf(Path base) {
        return normal(base) + File.separator;
    }

    /** {@link #shown(Path, Path)} for many files of one base: no path objects per file. */
    public static String shown(String prefix, String absoluteFile) {
        return slashes(absoluteFile.startsWith(prefix) ? absoluteFile.substring(prefix.length()) : absoluteFile);
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
