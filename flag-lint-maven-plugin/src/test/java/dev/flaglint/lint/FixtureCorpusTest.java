package dev.flaglint.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall and precision on an annotated corpus: every line marked {@code // expect: key} (or
 * {@code dynamic}) must be found with exactly that key, and nothing else may be found.
 */
class FixtureCorpusTest {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(\\S+)");

    @Test
    void findsExactlyTheAnnotatedCallSites() throws IOException {
        Path module = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

        LintResult result = new FlagLinter().lint(Projects.request(module));

        Set<String> found = result.callSites().stream()
                .map(s -> s.file() + ":" + s.line() + " " + (s.key() == null ? "dynamic" : s.key()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).isEqualTo(expected(module));
        assertThat(result.callSites()).hasSize(found.size()); // one call site per annotated line
    }

    private static Set<String> expected(Path module) throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(module)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = EXPECT.matcher(lines.get(i));
                    if (m.find()) {
                        expected.add(module.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + " "
                                + m.group(1));
                    }
                }
            }
        }
        assertThat(expected).as("the corpus has annotations").hasSizeGreaterThan(20);
        return expected;
    }
}
