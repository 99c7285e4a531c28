package dev.flaglint.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nothing a caller or a flags file can do makes isEnabled throw; each failure has a documented answer. */
class FailSafeTest {

    private static final String VALID = """
            flags:
              on:
                owner: o
                created: 2026-01-01
                permanent: true
                ticket: T-1
            """;

    /** Captures what the runtime logs (System.Logger goes to java.util.logging by default). */
    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private final Logger julLogger = Logger.getLogger("dev.flaglint.runtime");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null) {
                message = java.text.MessageFormat.format(message, record.getParameters());
            }
            logged.add(message);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        julLogger.addHandler(capture);
        julLogger.setUseParentHandlers(false); // what these tests provoke is asserted here, not printed
    }

    @AfterEach
    void releaseLog() {
        julLogger.removeHandler(capture);
        julLogger.setUseParentHandlers(true);
    }

    @Test
    void unknownFlagGivesTheDefaultWithFlagNotFound() {
        FeatureFlags flags = FeatureFlags.of(VALID);
        assertThat(flags.isEnabled("nope")).isFalse();
        assertThat(flags.isEnabled("nope", Map.of(), true)).isTrue();
        assertThat(flags.evaluate("nope", Map.of()))
                .isEqualTo(new Evaluation(false, Reason.ERROR, -1, ErrorCode.FLAG_NOT_FOUND));
    }

    @Test
    void nullKeyAndNullContextDoNotThrow() {
        FeatureFlags flags = FeatureFlags.of(VALID);
        assertThat(flags.isEnabled(null)).isFalse();
        assertThat(flags.evaluate(null, null, true))
                .isEqualTo(new Evaluation(true, Reason.ERROR, -1, ErrorCode.FLAG_NOT_FOUND));
        assertThat(flags.isEnabled("on", null)).isTrue();
        Map<String, Object> withNullValue = new HashMap<>();
        withNullValue.put("user_id", null);
        assertThat(flags.isEnabled("on", withNullValue)).isTrue();
    }

    @Test
    void aContextThatThrowsGivesTheDefaultWithGeneral() {
        FeatureFlags flags = FeatureFlags.of(SeedPatternsTest.rolloutYaml("50"));
        Object evil = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("boom");
            }
        };
        assertThat(flags.evaluate("new_algorithm", Map.of("user_id", evil), true))
                .isEqualTo(new Evaluation(true, Reason.ERROR, -1, ErrorCode.GENERAL));
        Map<String, Object> brokenMap = new AbstractMap<>() {
            @Override
            public Set<Entry<String, Object>> entrySet() {
                throw new UnsupportedOperationException("no");
            }
        };
        assertThat(flags.evaluate("new_algorithm", brokenMap).errorCode()).isEqualTo(ErrorCode.GENERAL);
        assertThat(logged).filteredOn(m -> m.contains("could not be evaluated")).hasSize(1); // once per flag
    }

    @Test
    void missingFileGivesAnEmptySnapshotAnsweringDefaults(@TempDir Path dir) {
        FeatureFlags flags = FeatureFlags.load(dir.resolve("absent.yaml"), null);
        assertThat(flags.isReadable()).isFalse();
        assertThat(flags.problems()).hasSize(1);
        assertThat(flags.problems().get(0).message()).contains("file not found");
        assertThat(flags.isEnabled("on")).isFalse();
        assertThat(flags.evaluate("on", Map.of(), true))
                .isEqualTo(new Evaluation(true, Reason.ERROR, -1, ErrorCode.PARSE_ERROR));
        assertThat(logged).anyMatch(m -> m.contains("file not found"));
        assertThat(logged).anyMatch(m -> m.contains("absent.yaml could not be read, so every flag answers the default"
                + " the caller passes (false without one); check the path given to FeatureFlags.load"));
        assertThat(logged).noneMatch(m -> m.contains("flagsFile")); // a setting of the Maven plugin, not of this API
    }

    @Test
    void brokenFileGivesAnEmptySnapshotAnsweringDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("flags.yaml");
        Files.writeString(file, "flags:\n  on: [unclosed\n");
        FeatureFlags flags = FeatureFlags.load(file);
        assertThat(flags.isReadable()).isFalse();
        assertThat(flags.isEnabled("on", Map.of("user_id", "1"))).isFalse();
        assertThat(flags.isEnabled("on", Map.of("user_id", "1"), true)).isTrue();
        assertThat(flags.evaluate("on", Map.of()).errorCode()).isEqualTo(ErrorCode.PARSE_ERROR);
        assertThat(logged).anyMatch(m -> m.contains("flags.yaml:") && m.contains("not valid YAML"));
    }

    @Test
    void missingClasspathResourceGivesAnEmptySnapshot() {
        FeatureFlags flags = FeatureFlags.fromClasspath("no-such-flags.yaml", null);
        assertThat(flags.isReadable()).isFalse();
        assertThat(flags.problems().get(0).toString())
                .contains("classpath:no-such-flags.yaml").contains("not found on the classpath");
        assertThat(flags.isEnabled("x", Map.of(), true)).isTrue();
    }

    @Test
    void aFlagWithInvalidSettingsAnswersTheDefaultWhileTheOthersWork() {
        FeatureFlags flags = FeatureFlags.of(VALID + """
                  broken:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-2
                    rollout: 150
                """);
        assertThat(flags.isEnabled("on")).isTrue();
        assertThat(flags.isEnabled("broken", Map.of("user_id", "1"))).isFalse();
        assertThat(flags.evaluate("broken", Map.of("user_id", "1"), true))
                .isEqualTo(new Evaluation(true, Reason.ERROR, -1, ErrorCode.PARSE_ERROR));
    }

    @Test
    void strictLoadingThrowsAClearException(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("flags.yaml");
        Files.writeString(file, """
                flags:
                  x:
                    owner: o
                    ticket: T-1
                    permanent: true
                    rollout: 150
                """);
        assertThatThrownBy(() -> FeatureFlags.loadStrict(file, null))
                .isInstanceOf(FlagsFileException.class)
                .hasMessageContaining("has 2 errors")
                .hasMessageContaining("flags.yaml:2:3: flag 'x' field 'created'")
                .hasMessageContaining("field 'rollout'")
                .satisfies(e -> assertThat(((FlagsFileException) e).problems()).hasSize(2));
        assertThatThrownBy(() -> FeatureFlags.loadStrict(dir.resolve("absent.yaml"), null))
                .isInstanceOf(FlagsFileException.class).hasMessageContaining("file not found");
        Files.writeString(file, VALID);
        assertThat(FeatureFlags.loadStrict(file, null).isEnabled("on")).isTrue();
    }

    @Test
    void unknownFlagIsLoggedOncePerSnapshotNotPerCall() {
        FeatureFlags flags = FeatureFlags.of(VALID);
        for (int i = 0; i < 100; i++) {
            flags.isEnabled("typo-flag");
            flags.isEnabled(null);
        }
        assertThat(logged).filteredOn(m -> m.contains("'typo-flag' is not declared")).hasSize(1);
        assertThat(logged).filteredOn(m -> m.contains("'null' is not declared")).hasSize(1);
        FeatureFlags.of(VALID).isEnabled("typo-flag"); // a new snapshot reports again
        assertThat(logged).filteredOn(m -> m.contains("'typo-flag' is not declared")).hasSize(2);
    }

    @Test
    void expiredFlagStillEvaluatesAndIsLoggedOnce() {
        FeatureFlags flags = FeatureFlags.of("""
                flags:
                  old-flag:
                    owner: payments-team
                    created: 2020-01-01
                    expires: 2020-02-01
                    ticket: PAY-1
                """);
        for (int i = 0; i < 50; i++) {
            assertThat(flags.isEnabled("old-flag")).isTrue();
        }
        assertThat(logged).filteredOn(m -> m.contains("'old-flag' expired on 2020-02-01 (owner payments-team, "
                + "ticket PAY-1)")).hasSize(1);
        assertThat(logged).noneMatch(m -> m.contains("'on' expired"));
    }

    @Test
    void logOnceHoldsUnderConcurrentCalls() throws InterruptedException {
        FeatureFlags flags = FeatureFlags.of(VALID);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    flags.isEnabled("missing-" + (i % 10));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(logged).filteredOn(m -> m.contains("is not declared")).hasSize(10);
    }

    @Test
    void defaultEnvironmentComesFromTheSystemPropertyFirst() {
        String before = System.getProperty(FeatureFlags.ENVIRONMENT_PROPERTY);
        try {
            System.setProperty(FeatureFlags.ENVIRONMENT_PROPERTY, "staging");
            assertThat(FeatureFlags.defaultEnvironment()).isEqualTo("staging");
            assertThat(FeatureFlags.load(SeedPatternsTest.resource("flags.yaml")).environment()).isEqualTo("staging");
            System.setProperty(FeatureFlags.ENVIRONMENT_PROPERTY, " ");
            assertThat(FeatureFlags.defaultEnvironment()).isEqualTo(System.getenv(FeatureFlags.ENVIRONMENT_VARIABLE));
        } finally {
            if (before == null) {
                System.clearProperty(FeatureFlags.ENVIRONMENT_PROPERTY);
            } else {
                System.setProperty(FeatureFlags.ENVIRONMENT_PROPERTY, before);
            }
        }
    }

    @Test
    void aRegexThatOverflowsTheStackOnALongValueDoesNotMatchInsteadOfThrowing() {
        FeatureFlags flags = FeatureFlags.of("""
                flags:
                  agents:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-1
                    rules:
                      - if: { user_agent: { matches: "(a|b)*" } }
                        enabled: true
                      - enabled: false
                """);
        String longValue = "ab".repeat(200_000);

        assertThat(flags.evaluate("agents", java.util.Map.of("user_agent", longValue)).enabled()).isFalse();
        assertThat(flags.isEnabled("agents", java.util.Map.of("user_agent", "abab"))).isTrue();
    }
}
