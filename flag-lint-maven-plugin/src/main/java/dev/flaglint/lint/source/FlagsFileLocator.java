package dev.flaglint.lint.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a module's flags file by the documented rule: {@code src/main/resources/flags.yaml}
 * ({@code .yml}, {@code .json}), else {@code flags.yaml} in the module directory and each parent up
 * to the top of the reactor.
 */
public final class FlagsFileLocator {

    private static final List<String> NAMES = List.of("flags.yaml", "flags.yml", "flags.json");

    private FlagsFileLocator() {
    }

    public static Optional<Path> locate(Path moduleDir, Path reactorTop) {
        return candidates(moduleDir, reactorTop).stream().filter(Files::isRegularFile).findFirst()
                .map(p -> p.toAbsolutePath().normalize());
    }

    /**
     * {@code places} as a message lists them, relative to {@code moduleDir} and grouped by directory:
     * {@code src/main/resources/flags.{yaml,yml,json}, flags.{yaml,yml,json}, ../flags.{yaml,yml,json}}.
     */
    public static String describe(List<Path> places, Path moduleDir) {
        Map<String, List<String>> extensionsByStem = new LinkedHashMap<>();
        for (Path place : places) {
            String path = ModulePaths.relative(moduleDir, place);
            int dot = path.lastIndexOf('.');
            boolean hasExtension = dot > path.lastIndexOf('/') + 1;
            extensionsByStem.computeIfAbsent(hasExtension ? path.substring(0, dot) : path, s -> new ArrayList<>())
                    .add(hasExtension ? path.substring(dot + 1) : "");
        }
        List<String> parts = new ArrayList<>();
        extensionsByStem.forEach((stem, extensions) -> parts.add(extensions.size() == 1
                ? stem + (extensions.get(0).isEmpty() ? "" : "." + extensions.get(0))
                : stem + ".{" + String.join(",", extensions) + "}"));
        return String.join(", ", parts);
    }

    /** Every place looked at, in order; for the message when none exists. */
    public static List<Path> candidates(Path moduleDir, Path reactorTop) {
        Path module = moduleDir.toAbsolutePath().normalize();
        Path top = reactorTop == null ? module : reactorTop.toAbsolutePath().normalize();
        List<Path> result = new ArrayList<>();
        for (String name : NAMES) {
            result.add(module.resolve("src/main/resources").resolve(name));
        }
        Path dir = module;
        while (dir != null) {
            for (String name : NAMES) {
                result.add(dir.resolve(name));
            }
            if (dir.equals(top) || !module.startsWith(top)) {
                break;
            }
            dir = dir.getParent();
        }
        return result;
    }
}
