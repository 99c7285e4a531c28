package dev.flaglint.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports point one way: cli → (the server) → http → service, access, store.postgres → source, store → json.
 * Each package may import only packages of a higher rank, never one beside or above it; only http sees Jetty.
 * Read from the import lines of the sources, so a wrong-way import fails the build.
 */
class ImportDirectionTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/flaglint/server");
    private static final Map<String, Integer> RANK = Map.of(
            "cli", 0, "", 1, "http", 2, "service", 3, "access", 3, "store.postgres", 3, "source", 4, "store", 4,
            "json", 5);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.flaglint\\.server\\.?([a-z]*)[.;]",
            Pattern.MULTILINE);

    @Test
    void importsPointDownTheLayers() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(file);
                assertThat(RANK).as("every package has a rank; add %s", pkg).containsKey(pkg);
                String text = Files.readString(file);
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    String target = m.group(1);
                    if (target.equals(pkg)) {
                        continue;
                    }
                    if (!RANK.containsKey(target) || RANK.get(target) <= RANK.get(pkg)) {
                        wrong.add(SOURCES.relativize(file) + " imports dev.flaglint.server." + target);
                    }
                }
                if (!pkg.equals("http") && text.contains("import org.eclipse.jetty")) {
                    wrong.add(SOURCES.relativize(file) + " imports Jetty outside the http package");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file.getParent());
        return relative.toString().replace('/', '.');
    }
}
