package dev.flaglint.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.flaglint.server.TestServer.SDK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's client and OpenFeature lines are examples/client-demo/ClientDemo.java's, and the demo, run against
 * a real server on its flags.yaml, prints what its comments say.
 */
class ClientDemoTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEMO = ROOT.resolve("examples/client-demo/ClientDemo.java");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("^\\s*// ((RemoteFlags|OpenFeature): .*)$", Pattern.MULTILINE);

    @TempDir
    Path directory;

    @Test
    void theReadmeShowsTheDemosLines() throws Exception {
        String demo = Files.readString(DEMO);
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## From an application: the client and OpenFeature");
        Matcher block = JAVA_BLOCK.matcher(readme.substring(start, readme.indexOf("Both run as shown", start)));
        int blocks = 0;
        while (block.find()) {
            blocks++;
            for (String line : block.group(1).lines().toList()) {
                assertThat(demo).as("README line in the demo").contains(line.strip());
            }
        }
        assertThat(blocks).isEqualTo(2);
    }

    @Test
    void theDemoPrintsWhatItsCommentsSay() throws Exception {
        String demo = Files.readString(DEMO);
        List<String> expected = new ArrayList<>();
        Matcher m = EXPECTED.matcher(demo);
        while (m.find()) {
            expected.add(m.group(1));
        }
        assertThat(expected).hasSize(2);
        String flags = Files.readString(ROOT.resolve("examples/client-demo/flags.yaml"));
        try (TestServer server = TestServer.start(directory, flags, b -> b)) {
            // java's source launcher with this module's test class path (flag-runtime, flag-openfeature, the SDK)
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    DEMO.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("FLAGS_URL", server.server.uri().toString());
            builder.environment().put("FLAGS_TOKEN", SDK);
            Process process = builder.start();
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
}
