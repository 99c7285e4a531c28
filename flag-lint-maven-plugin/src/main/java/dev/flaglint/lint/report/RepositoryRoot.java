package dev.flaglint.lint.report;

import dev.flaglint.lint.source.ModulePaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The repository root that CI tools (GitHub annotations, code scanning) expect paths relative to:
 * {@code GITHUB_WORKSPACE} when set and above the module, else the nearest directory above the module
 * holding {@code .git} (a directory, or a file in a worktree), else the module itself.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find(Map<String, String> environment, Path moduleDir) {
        Path module = moduleDir.toAbsolutePath().normalize();
        String workspace = environment.get("GITHUB_WORKSPACE");
        if (workspace != null && !workspace.isBlank()) {
            Path ws = Path.of(workspace.trim()).toAbsolutePath().normalize();
            if (module.startsWith(ws)) {
                return ws;
            }
        }
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return module;
    }

    /** A module-relative path ({@code src/...}) made relative to {@code root} (absolute when outside it), with {@code /}. */
    public static String relative(Path root, Path moduleDir, String moduleRelativeFile) {
        return ModulePaths.shown(root, moduleDir.toAbsolutePath().normalize().resolve(moduleRelativeFile));
    }
}
