package dev.flaglint.runtime;

import dev.flaglint.model.Flag;
import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.model.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutations of valid flags files — numbers in every notation in every numeric place, truncations, junk bytes,
 * deep nesting, huge strings, shuffled lines — never make any reader throw: {@code FlagsFile.parse} (text and
 * bytes, YAML and JSON), {@code FlagsFile.read} (stream), {@code FeatureFlags.of}, {@code load}, the watcher,
 * and evaluating every flag of the result. Nor does the model ever call a flag valid that the runtime then
 * cannot compile, and the last-resort "internal error" problem never appears.
 *
 * <p>200 tries in every build ({@code jqwik.tries.default} in junit-platform.properties); the nightly-sized run:
 * {@code ./mvnw -pl flag-runtime test -Dtest=FlagsFileFuzzTest -Djqwik.tries.default=10000}.
 */
class FlagsFileFuzzTest {

    /** Each slot of the template is a number, date, version or operand; each gets one of these or its default. */
    private static final List<String> NOTATIONS = List.of("10", "1_000", "0x10", "0o17", "017", "0b101", "+5", ".5",
            "1e3", "1e-9999999999", "1e9999999999", ".inf", "-.inf", ".nan", "123456789012345678901234567890", "-0",
            "00", "1__0", "0x_1F", "._", "1.2.3", "\"12\"", "'0x10'", "2.1.0-rc..1", "2026-01-15", "true", "NO",
            "~", "[]", "{}", "9".repeat(1010), "99.999", "1e-3", "-1", "100.001", "\"(a|b)*\"", "\"[\"",
            "*alias", "&anchor 5", "!!binary aGk=", "\"\\uD800\"", "2026-02-30", "+999999999-01-01");
    private static final String[] DEFAULTS = {"2026-01-15", "18", "pro", "2.1.0", ".*bot.*", "10", "100"};
    private static final String TEMPLATE = """
            flags:
              new-checkout:
                description: Neuer Checkout für Zoë
                owner: payments-team
                created: %s
                expires: 2099-04-01
                ticket: PAY-1234
                rules:
                  - if: { age: { gte: %s }, plan: [enterprise, %s] }
                    enabled: true
                  - if: { app_version: { semver_gte: %s } }
                    enabled: true
                  - if: { user_agent: { matches: %s } }
                    enabled: false
                rollout: %s
                environments:
                  staging: { rollout: %s }
              payments-kill-switch:
                owner: sre
                created: 2025-06-01
                ticket: OPS-17
                permanent: true
                enabled: false
            """;
    private static final List<String> SNIPPETS = List.of("\t", ": ", "- ", "{", "}", "[", "]", "&a ", "*a", "? ",
            "---\n", "\"", "'", "#", "\r", "\u0000", "\uFEFF", "!!binary ", "|\n", "%YAML 1.2\n", "\\", ",", "@",
            "\u2028", "é", "😀", "\n  ");
    private static final List<Map<String, Object>> CONTEXTS = List.of(Map.of(),
            Map.of("user_id", "42", "age", 18, "plan", "pro", "app_version", "2.1.0", "user_agent", "x-bot-y"),
            Map.of("user_id", "x".repeat(10_000), "age", "0x10", "app_version", "2.1.0-rc..1", "email", "a@Company.com"),
            Map.of("age", Double.NaN, "app_version", 3, "user_agent", "ab".repeat(50_000)));

    /** Holds the logger so its level stays set: thousands of broken files would otherwise flood the output. */
    private static final Logger RUNTIME_LOG = Logger.getLogger("dev.flaglint.runtime");
    private static Level levelBefore;
    private static Path dir;

    enum Kind { TRUNCATE, JUNK_BYTES, SNIPPET, NESTING, HUGE_STRING, DUPLICATE_LINE, DELETE_LINE, INDENT }

    record Mutation(Kind kind, int position, int size, int pick) {

        byte[] applyTo(byte[] bytes) {
            int at = Math.floorMod(position, bytes.length + 1);
            return switch (kind) {
                case TRUNCATE -> Arrays.copyOf(bytes, at);
                case JUNK_BYTES -> insert(bytes, at, junk());
                case SNIPPET -> insert(bytes, at, utf8(SNIPPETS.get(Math.floorMod(pick, SNIPPETS.size()))));
                case NESTING -> insert(bytes, at, utf8(nesting()));
                case HUGE_STRING -> insert(bytes, at, utf8((pick % 2 == 0 ? "x" : "ab ").repeat(size * 37)));
                case DUPLICATE_LINE, DELETE_LINE, INDENT -> lines(bytes);
            };
        }

        private byte[] junk() {
            byte[] junk = new byte[1 + Math.floorMod(size, 8)];
            for (int i = 0; i < junk.length; i++) {
                junk[i] = (byte) (pick * 31 + i * 97);
            }
            return junk;
        }

        private String nesting() {
            int depth = size * 3;
            return switch (Math.floorMod(pick, 3)) {
                case 0 -> "[".repeat(depth);
                case 1 -> "{a: ".repeat(depth) + "}".repeat(Math.floorMod(pick, depth + 1));
                default -> {
                    StringBuilder b = new StringBuilder("\n");
                    for (int i = 0; i < depth; i++) {
                        b.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
                    }
                    yield b.toString();
                }
            };
        }

        private byte[] lines(byte[] bytes) {
            List<String> lines = new java.util.ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8)
                    .split("\n", -1)));
            int i = Math.floorMod(position, lines.size());
            switch (kind) {
                case DUPLICATE_LINE -> lines.add(Math.floorMod(pick, lines.size() + 1), lines.get(i));
                case DELETE_LINE -> lines.remove(i);
                default -> lines.set(i, pick % 2 == 0 ? "  " + lines.get(i) : lines.get(i).replaceFirst("^  ", ""));
            }
            return utf8(String.join("\n", lines));
        }

        private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
            byte[] result = new byte[bytes.length + inserted.length];
            System.arraycopy(bytes, 0, result, 0, at);
            System.arraycopy(inserted, 0, result, at, inserted.length);
            System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
            return result;
        }
    }

    @BeforeContainer
    static void quietAndTemporary() throws IOException {
        levelBefore = RUNTIME_LOG.getLevel();
        RUNTIME_LOG.setLevel(Level.OFF);
        dir = Files.createTempDirectory("flags-fuzz");
    }

    @AfterContainer
    static void restore() throws IOException {
        RUNTIME_LOG.setLevel(levelBefore);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property
    void noReaderEverThrowsAndTheModelAndRuntimeAgree(@ForAll("flagsFiles") byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (Format format : Format.values()) {
            for (FlagsFile file : List.of(FlagsFile.parse("fuzz", bytes, format), FlagsFile.parse("fuzz", text, format),
                    FlagsFile.read("fuzz", new ByteArrayInputStream(bytes), format))) {
                assertNoInternalError(file);
                for (String environment : new String[] {null, "staging"}) {
                    evaluateEverything(file, FeatureFlags.from(file, environment));
                }
            }
        }
        evaluateEverything(null, FeatureFlags.of(text));
        Path path = Files.write(dir.resolve("flags.yaml"), bytes);
        evaluateEverything(null, FeatureFlags.load(path, "staging"));
        try (FlagsFileWatcher watcher = new FlagsFileWatcher(path)) {
            watcher.refresh();
            watcher.current().ifPresent(v -> assertNoInternalError(v.file()));
            watcher.lastRejection().ifPresent(r -> assertThat(r.summary()).isNotBlank());
        }
    }

    @Provide
    Arbitrary<byte[]> flagsFiles() {
        Arbitrary<String> slot = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just((String) null)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(NOTATIONS)));
        Arbitrary<byte[]> seeds = slot.list().ofSize(DEFAULTS.length).map(values -> {
            Object[] filled = new Object[DEFAULTS.length];
            for (int i = 0; i < filled.length; i++) {
                filled[i] = values.get(i) == null ? DEFAULTS[i] : values.get(i);
            }
            return utf8(TEMPLATE.formatted(filled));
        });
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers(),
                Arbitraries.integers().between(1, 2000), Arbitraries.integers()).as(Mutation::new);
        return Combinators.combine(seeds, mutation.list().ofMaxSize(4)).as((seed, mutations) -> {
            byte[] bytes = seed;
            for (Mutation m : mutations) {
                bytes = m.applyTo(bytes);
            }
            return bytes;
        });
    }

    /** Evaluates every declared flag (and an unknown one) for every context; a valid flag must compile. */
    private static void evaluateEverything(FlagsFile file, FeatureFlags flags) {
        for (String key : flags.keys()) {
            for (Map<String, Object> context : CONTEXTS) {
                Evaluation e = flags.evaluate(key, context, true);
                Flag declared = file == null ? null : file.flags().get(key);
                if (declared != null && declared.valid()) {
                    assertThat(e.errorCode()).as("flag '%s' is valid in the model", key).isNotEqualTo(ErrorCode.PARSE_ERROR);
                }
            }
        }
        assertThat(flags.evaluate("not-declared", Map.of()).isError()).isTrue();
    }

    private static void assertNoInternalError(FlagsFile file) {
        assertThat(file.problems()).extracting(Problem::message).noneMatch(m -> m.contains("internal error"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
