package dev.flaglint.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime demo the docs show is examples/runtime-demo/Demo.java as it is, and running it prints what
 * its comments say.
 */
class RuntimeDemoTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("^\\s*// (Evaluation\\[[^]]*])", Pattern.MULTILINE);

    private final Path root = MarkdownLinksTest.repositoryRoot();
    private final Path demo = root.resolve("examples/runtime-demo/Demo.java");

    @Test
    void theDocsShowTheDemoFileAsItIs() throws IOException {
        String source = Files.readString(demo);
        for (Path doc : List.of(root.resolve("README.md"), root.resolve("docs/RUNTIME.md"))) {
            List<String> shown = new ArrayList<>();
            Matcher block = JAVA_BLOCK.matcher(Files.readString(doc));
            while (block.find()) {
                if (block.group(1).contains("public class Demo")) {
                    shown.add(block.group(1));
                }
            }
            assertThat(shown).as(doc + " shows examples/runtime-demo/Demo.java").containsExactly(source);
        }
    }

    @Test
    void theDemoPrintsWhatItsCommentsSay() throws IOException, InterruptedException {
        String source = Files.readString(demo);
        List<String> expected = new ArrayList<>();
        Matcher m = EXPECTED.matcher(source);
        while (m.find()) {
            expected.add(m.group(1));
        }
        assertThat(expected).hasSize(3);

        // java's source launcher, with this module's classes and Jackson on the class path: as run.sh runs it
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), demo.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the demo ends within 120 s").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).isEqualTo(expected);
    }
}
