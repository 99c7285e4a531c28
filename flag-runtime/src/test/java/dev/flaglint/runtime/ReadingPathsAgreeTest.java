package dev.flaglint.runtime;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Limits;
import dev.flaglint.model.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of reading a file — {@code FeatureFlags.load}, {@code FlagsFile.read} of a path or a stream,
 * {@code FlagsFile.parse} of bytes, the watcher behind {@code FeatureFlags.watch} — gives the same problems
 * for the same bytes: one decoding path.
 */
class ReadingPathsAgreeTest {

    private static final String VALID = """
            flags:
              f:
                description: Zoë's flag
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"latin-1", "cut-in-a-character", "byte-order-mark", "too-large", "valid"})
    void allReadersSeeTheSameProblemsForTheSameBytes(String kind) throws IOException {
        byte[] bytes = switch (kind) {
            case "latin-1" -> VALID.getBytes(StandardCharsets.ISO_8859_1);
            case "cut-in-a-character" -> halfOfTheFirstTwoByteCharacter();
            case "byte-order-mark" -> ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);
            case "too-large" -> (VALID + ("# " + "x".repeat(100) + "\n").repeat(Limits.MAX_FILE_BYTES / 100))
                    .getBytes(StandardCharsets.UTF_8);
            default -> VALID.getBytes(StandardCharsets.UTF_8);
        };
        Path file = dir.resolve("flags.yaml");
        Files.write(file, bytes);
        String source = file.toString();

        List<Problem> expected = FlagsFile.parse(source, bytes, Format.YAML).problems();
        assertThat(FlagsFile.read(file).problems()).isEqualTo(expected);
        assertThat(FlagsFile.read(source, new ByteArrayInputStream(bytes), Format.YAML).problems()).isEqualTo(expected);
        assertThat(FeatureFlags.load(file, null).problems()).isEqualTo(expected);
        try (FlagsFileWatcher watcher = new FlagsFileWatcher(file)) {
            FlagsFile seen = watcher.current().map(FlagsFileWatcher.Version::file)
                    .orElseGet(() -> watcher.lastRejection().orElseThrow().file());
            assertThat(seen.problems()).isEqualTo(expected);
        }
        if (kind.equals("valid") || kind.equals("byte-order-mark")) {
            assertThat(expected).isEmpty();
        } else {
            assertThat(expected).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX));
        }
        if (kind.equals("latin-1")) {
            assertThat(expected.get(0).toString()).isEqualTo(source + ":3:20: not UTF-8: byte 0xEB cannot start a"
                    + " character here; save the file as UTF-8");
        }
    }

    /** The file up to and including the first byte of the two-byte 'ë' (everything before it is ASCII). */
    private static byte[] halfOfTheFirstTwoByteCharacter() {
        return java.util.Arrays.copyOf(VALID.getBytes(StandardCharsets.UTF_8), VALID.indexOf('ë') + 1);
    }
}
