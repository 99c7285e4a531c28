package dev.flaglint.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin's packages form a pipeline whose imports point one way: each stage may use the stages
 * before it, never one after it (nor a sibling at its level). Read from the import lines (and
 * fully qualified names) of every main source file, so a wrong-way import fails here with its file
 * and line, before it becomes a cycle.
 */
class ImportDirectionTest {

    /** The stages, first to last. */
    static final List<String> STAGES = List.of(
            "dev.flaglint.lint.model",      // value types and enums
            "dev.flaglint.lint.source",     // source roots, files, the parsed tree, paths
            "dev.flaglint.lint.resolve",    // type names, hierarchy, scopes, receiver types, keys
            "dev.flaglint.lint.scan",       // call sites and wrappers
            "dev.flaglint.lint.scan.cache", // the scan index, around the scan
            "dev.flaglint.lint.check",      // the rules
            "dev.flaglint.lint.adjust",     // suppressions, severity overrides, baseline
            "dev.flaglint.lint",            // FlagLinter, LintRequest, the reactor policy
            "dev.flaglint.lint.report",     // outputs: console, JSON, SARIF, GitHub, inventory, baseline
            "dev.flaglint.lint.init",       // flags-file stubs: an output that edits the input
            "dev.flaglint.lint.remove",     // flag removal: rewrites the sources, the tests and the flags file
            "dev.flaglint.maven");          // Mojos and Maven adapters

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;");
    /** A qualified name in code: lower-case package segments, then a type. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(dev\\.flaglint(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    @Test
    void everyPackageIsAStage() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            if (!STAGES.contains(pkg)) {
                unknown.add(pkg + " (" + file + ")");
            }
        }
        assertThat(unknown).as("packages missing from STAGES: add them where they belong").isEmpty();
    }

    @Test
    void importsPointToEarlierStagesOnly() throws IOException {
        List<String> wrongWay = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            int stage = STAGES.indexOf(pkg);
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (String used : referencedPackages(lines.get(i))) {
                    int target = stageOf(used).map(STAGES::indexOf).orElse(-1);
                    if (!used.equals(pkg) && target >= stage) {
                        wrongWay.add(MAIN.relativize(file) + ":" + (i + 1) + " " + pkg + " -> " + used);
                    }
                }
            }
        }
        assertThat(wrongWay).as("imports from a later stage (or a sibling)").isEmpty();
    }

    @Test
    void onlyTheMavenStageKnowsMaven() throws IOException {
        List<String> maven = new ArrayList<>();
        for (Path file : sources()) {
            if (packageOf(file).equals("dev.flaglint.maven")) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                Matcher m = IMPORT.matcher(line);
                if (m.find() && (m.group(1).startsWith("org.apache.maven") || m.group(1).startsWith("org.codehaus"))) {
                    maven.add(MAIN.relativize(file) + ": " + m.group(1));
                }
            }
        }
        assertThat(maven).isEmpty();
    }

    @Test
    void readsImportLinesAndQualifiedNames() {
        assertThat(stageOf("dev.flaglint.maven.CheckMojo")).contains("dev.flaglint.maven");
        assertThat(referencedPackages("import dev.flaglint.lint.report.JsonReport;"))
                .containsExactly("dev.flaglint.lint.report");
        assertThat(referencedPackages("    var x = new dev.flaglint.lint.scan.cache.ScanIndex(null);"))
                .containsExactly("dev.flaglint.lint.scan.cache");
        assertThat(STAGES.indexOf("dev.flaglint.lint.report")).isGreaterThan(STAGES.indexOf("dev.flaglint.lint.check"));
    }

    /** The plugin packages a line imports or names, with the type's package only. */
    static List<String> referencedPackages(String line) {
        List<String> found = new ArrayList<>();
        Matcher imp = IMPORT.matcher(line);
        if (imp.find()) {
            String name = imp.group(1);
            if (name.startsWith("dev.flaglint.")) {
                found.add(packageOfType(name));
            }
            return found;
        }
        if (line.startsWith("package ")) {
            return found;
        }
        Matcher q = QUALIFIED.matcher(line);
        while (q.find()) {
            found.add(q.group(1));
        }
        return found;
    }

    /** The package part of a qualified type or member name: the segments before the first capitalised one. */
    private static String packageOfType(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        return String.join(".", parts);
    }

    /** The stage a plugin package belongs to; empty for packages of other modules (flag-runtime's model). */
    static Optional<String> stageOf(String pkg) {
        String p = packageOfType(pkg);
        return STAGES.contains(p) ? Optional.of(p) : Optional.empty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertThat(list).as("main sources found under " + MAIN.toAbsolutePath()).hasSizeGreaterThan(50);
            return list;
        }
    }

    private static String packageOf(Path file) {
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher m = PACKAGE.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            throw new AssertionError(file + " has no package declaration");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
