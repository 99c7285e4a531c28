package dev.flaglint.runtime;

import dev.flaglint.model.FlagsFile;
import dev.flaglint.model.Format;
import dev.flaglint.runtime.FlagsFileWatcher.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlagsFileWatcherTest {

    private static final String KILL_SWITCH = "payments-kill-switch";
    private static final List<String> KEYS = List.of("new-checkout", KILL_SWITCH, "search-v2");

    @TempDir
    Path dir;

    /**
     * A file whose kill switch says {@code enabled: false} on its last line: every prefix that stops before
     * that line and still parses turns the kill switch on, and drops the flags after it.
     */
    private static String sample(int rollout) {
        return """
                flags:
                  new-checkout:
                    description: Neuer Checkout für Zoë
                    owner: payments-team
                    created: 2026-01-15
                    expires: 2099-04-01
                    ticket: PAY-1234
                    rules:
                      - if: { email_domain: company.com }
                        enabled: true
                      - if: { plan: [enterprise, pro] }
                        enabled: true
                    rollout: %d
                  payments-kill-switch:
                    owner: sre
                    created: 2025-06-01
                    ticket: OPS-17
                    permanent: true
                    enabled: false
                  search-v2:
                    owner: search
                    created: 2026-01-10
                    expires: 2099-06-01
                    ticket: SEARCH-9
                    rollout: 50
                    environments:
                      staging: { rollout: 100 }
                """.formatted(rollout);
    }

    @Test
    void aChangeInPlaceIsTakenWhenTwoPollsSeeItUnchanged() throws Exception {
        Path file = write(sample(10));
        try (FlagsFileWatcher watcher = new FlagsFileWatcher(file)) {
            List<FlagsFileWatcher.Version> taken = new CopyOnWriteArrayList<>();
            watcher.onChange(taken::add);
            String firstHash = sha256(file);
            assertThat(watcher.current().orElseThrow().sha256()).isEqualTo(firstHash);
            assertThat(watcher.refresh()).isEqualTo(Outcome.UNCHANGED);

            write(sample(20));
            assertThat(watcher.refresh()).isEqualTo(Outcome.WAITING);
            assertThat(taken).isEmpty();
            assertThat(watcher.refresh()).isEqualTo(Outcome.ACCEPTED);
            assertThat(watcher.refresh()).isEqualTo(Outcome.UNCHANGED);

            String secondHash = sha256(file);
            assertThat(taken).singleElement().satisfies(v -> {
                assertThat(v.sha256()).isEqualTo(secondHash);
                assertThat(v.text()).isEqualTo(sample(20));
                assertThat(v.file().flags().get("new-checkout").targeting().rollout()).isEqualTo(20.0);
            });
            assertThat(watcher.current()).containsSame(taken.get(0));
            assertThat(watcher.lastRejection()).isEmpty();
        }
    }

    @Test
    void aFileRenamedOverTheOldOneIsTakenAtTheFirstPoll() throws Exception {
        Path file = write(sample(10));
        try (FlagsFileWatcher watcher = new FlagsFileWatcher(file)) {
            Path next = dir.resolve("flags.yaml.tmp");
            Files.writeString(next, sample(20));
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            assertThat(watcher.refresh()).isEqualTo(Outcome.ACCEPTED);
            assertThat(watcher.current().orElseThrow().file().flags().get("new-checkout").targeting().rollout())
                    .isEqualTo(20.0);
        }
    }

    @Test
    void aKubernetesConfigMapSymlinkSwapIsTakenAtTheFirstPoll() throws Exception {
        // What the kubelet writes: flags.yaml -> ..data/flags.yaml, ..data -> ..<timestamp>; an update writes a
        // new timestamped directory, points ..data_tmp at it and renames ..data_tmp over ..data.
        Path first = Files.createDirectory(dir.resolve("..2026_12_01_10_00_00.1"));
        Files.writeString(first.resolve("flags.yaml"), sample(10));
        Files.createSymbolicLink(dir.resolve("..data"), first.getFileName());
        Path file = Files.createSymbolicLink(dir.resolve("flags.yaml"), Path.of("..data/flags.yaml"));
        try (FlagsFileWatcher watcher = new FlagsFileWatcher(file)) {
            Path second = Files.createDirectory(dir.resolve("..2026_12_01_10_05_00.2"));
            Files.writeString(second.resolve("flags.yaml"), sample(30));
            Files.createSymbolicLink(dir.resolve("..data_tmp"), second.getFileName());
            Files.move(dir.resolve("..data_tmp"), dir.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);

            assertThat(watcher.refresh()).isEqualTo(Outcome.ACCEPTED);
            assertThat(watcher.current().orElseThrow().file().flags().get("new-checkout").targeting().rollout())
                    .isEqualTo(30.0);
        }
    }

    @Test
    void aDuplicateKeyIsRejectedWithItsLineUntilTheFileIsFixed() throws Exception {
        Path file = write(sample(10));
        try (FlagsFileWatcher watcher = new FlagsFileWatcher(file)) {
            FlagsFileWatcher.Version good = watcher.current().orElseThrow();
            write(sample(10) + """
                      payments-kill-switch:
                        owner: sre
                        created: 2025-06-01
                        ticket: OPS-17
                        permanent: true
                        enabled: true
                    """);
            String duplicateHash = sha256(file);
            assertThat(watcher.refresh()).isEqualTo(Outcome.WAITING);
            assertThat(watcher.refresh()).isEqualTo(Outcome.REJECTED);
            assertThat(watcher.refresh()).as("remembered, not parsed and logged again").isEqualTo(Outcome.UNCHANGED);

            FlagsFileWatcher.Rejection rejection = watcher.lastRejection().orElseThrow();
            assertThat(rejection.summary()).isEqualTo(file + ":28:3: flag 'payments-kill-switch': duplicate flag key"
                    + " (first written at line 14); keep one and delete the other");
            assertThat(rejection.first().position().line()).isEqualTo(28);
            assertThat(rejection.sha256()).isEqualTo(duplicateHash);
            assertThat(watcher.current()).containsSame(good);

            write(sample(10));
            assertThat(watcher.refresh()).as("back to the version in use").isEqualTo(Outcome.UNCHANGED);
            assertThat(watcher.lastRejection()).isEmpty();
        }
    }

    @Test
    void aMistypedFieldIsRejectedSoAKillSwitchIsNotTurnedOn() throws Exception {
        Path file = write(sample(10));
        try (FlagsFileWatcher watcher = new FlagsFileWatcher(file)) {
            replace(file, sample(10).replace("    enabled: false", "    enabeld: false"));
            assertThat(watcher.refresh()).isEqualTo(Outcome.REJECTED);
            assertThat(watcher.lastRejection().orElseThrow().summary()).startsWith(file + ":19:5: flag '"
                    + KILL_SWITCH + "' field 'enabeld': unknown field").contains("did you mean 'enabled'?");
            assertThat(FeatureFlags.from(watcher.current().orElseThrow().file(), null).isEnabled(KILL_SWITCH)).isFalse();
        }
    }

    @Test
    void aFileWithErrorsAtStartIsNotTakenButSaysWhy() throws IOException {
        Path file = write(sample(10).replace("rollout: 50", "rollout: 500"));
        try (FlagsFileWatcher watcher = new FlagsFileWatcher(file)) {
            assertThat(watcher.current()).isEmpty();
            assertThat(watcher.lastRejection().orElseThrow().summary())
                    .isEqualTo(file + ":25:14: flag 'search-v2' field 'rollout': a rollout is a percentage from 0 to 100,"
                            + " got 500");
            assertThat(watcher.refresh()).isEqualTo(Outcome.UNCHANGED);
        }
        Path directory = Files.createDirectory(dir.resolve("flags-dir.yaml"));
        try (FlagsFileWatcher watcher = new FlagsFileWatcher(directory)) {
            assertThat(watcher.lastRejection().orElseThrow().summary())
                    .isEqualTo(directory + ":1:1: cannot read the file: it is a directory, not a file");
        }
    }

    @Test
    void noPrefixOfAFileWrittenInPlaceIsEverTaken() throws Exception {
        Path file = write(sample(10));
        byte[] next = sample(20).getBytes(StandardCharsets.UTF_8);
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(file, null, Duration.ofHours(1))) {
            int dangerous = 0;
            for (int length = 0; length < next.length; length++) {
                byte[] prefix = Arrays.copyOf(next, length);
                if (wouldTurnTheKillSwitchOn(prefix)) {
                    dangerous++;
                }
                Files.write(file, prefix); // in place: truncated, then written
                assertThat(flags.refresh()).as("prefix of %d bytes", length).isFalse();
                assertThat(flags.isEnabled(KILL_SWITCH, Map.of(), true)).as("kill switch after %d bytes", length)
                        .isFalse();
                assertThat(flags.current().keys()).containsAll(KEYS);
            }
            assertThat(dangerous).as("prefixes that parse and would turn the kill switch on, if taken").isPositive();

            Files.write(file, next);
            assertThat(flags.refresh()).isFalse();
            assertThat(flags.refresh()).as("complete and unchanged").isTrue();
            assertThat(flags.isEnabled(KILL_SWITCH, Map.of(), true)).isFalse();
            assertThat(flags.current().source()).isEqualTo(file.toString());
        }
    }

    @Test
    void evaluationsWhileTheFileIsRewrittenInPlaceNeverSeeAHalfWrittenFile() throws Exception {
        int rounds = 150;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Path file = write(sample(10));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong evaluations = new AtomicLong();
        AtomicLong notFound = new AtomicLong();
        AtomicLong killSwitchOn = new AtomicLong();
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(file, null, Duration.ofHours(1))) {
            List<Thread> evaluators = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Map<String, Object> user = Map.of("user_id", "user-" + t, "plan", "pro");
                Thread thread = new Thread(() -> {
                    while (!stop.get()) {
                        for (String key : KEYS) {
                            Evaluation e = flags.evaluate(key, user, true);
                            if (e.errorCode() == ErrorCode.FLAG_NOT_FOUND) {
                                notFound.incrementAndGet();
                            }
                            if (key.equals(KILL_SWITCH) && e.enabled()) {
                                killSwitchOn.incrementAndGet();
                            }
                            evaluations.incrementAndGet();
                        }
                    }
                }, "evaluator-" + t);
                thread.start();
                evaluators.add(thread);
            }
            int taken = 0;
            int written = 0;
            for (int round = 0; round < rounds && System.nanoTime() < deadline; round++, written++) {
                String text = sample(round % 2 == 0 ? 20 : 30);
                // The writer writes a few lines at a time; the "poller" looks once between two writes.
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    assertThat(flags.refresh()).isFalse();
                    for (String chunk : chunks(text, 3)) {
                        channel.write(ByteBuffer.wrap(chunk.getBytes(StandardCharsets.UTF_8)));
                        assertThat(flags.refresh()).isFalse();
                    }
                }
                if (flags.refresh()) {
                    taken++;
                }
            }
            stop.set(true);
            for (Thread thread : evaluators) {
                thread.join(Duration.ofSeconds(30).toMillis());
            }
            assertThat(taken).as("every complete version was taken").isPositive().isEqualTo(written);
        }
        assertThat(evaluations.get()).isPositive();
        assertThat(notFound.get()).as("known flags reported FLAG_NOT_FOUND").isZero();
        assertThat(killSwitchOn.get()).as("evaluations that saw the kill switch on").isZero();
    }

    @Test
    void thePollerTakesARenameAndSurvivesAFailingListener() throws Exception {
        Path file = write(sample(10));
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger("dev.flaglint.runtime");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        log.setUseParentHandlers(false); // the listener's failure is logged with its stack trace: keep it here
        FlagsFileWatcher watcher = new FlagsFileWatcher(file);
        AtomicLong calls = new AtomicLong();
        watcher.onChange(v -> {
            calls.incrementAndGet();
            throw new IllegalStateException("a listener bug");
        });
        watcher.start(Duration.ofMillis(5));
        try {
            assertThatThrownBy(() -> watcher.start(Duration.ofMillis(5))).isInstanceOf(IllegalStateException.class);
            for (int rollout : new int[] {20, 30}) {
                replace(file, sample(rollout));
                assertThat(eventually(() -> watcher.current().orElseThrow().file().flags().get("new-checkout")
                        .targeting().rollout() == rollout)).as("rollout %d taken within 30 s", rollout).isTrue();
            }
            // listeners are told, and their failures logged, on the poller's thread just after the swap
            assertThat(eventually(() -> calls.get() == 2)).isTrue();
            assertThat(eventually(() -> logged.stream().filter(r -> r.getThrown() instanceof IllegalStateException)
                    .count() == 2)).isTrue();
            assertThat(logged).filteredOn(r -> r.getThrown() instanceof IllegalStateException).hasSize(2)
                    .allSatisfy(r -> assertThat(r.getMessage()).startsWith("a listener of flags file"));
        } finally {
            watcher.close();
            log.removeHandler(capture);
            log.setUseParentHandlers(true);
        }
        assertThat(eventually(watcher::isClosed)).isTrue();
    }

    private static boolean wouldTurnTheKillSwitchOn(byte[] prefix) {
        FlagsFile file = FlagsFile.parse("prefix", prefix, Format.YAML);
        boolean usable = file.problems().stream().noneMatch(p -> p.isError() || p.flagKey() == null);
        return usable && (!file.flags().containsKey(KILL_SWITCH)
                || file.flags().get(KILL_SWITCH).targeting().enabled());
    }

    /** {@code text} in pieces of {@code lines} lines. */
    private static List<String> chunks(String text, int lines) {
        List<String> chunks = new ArrayList<>();
        String[] all = text.split("(?<=\n)");
        for (int i = 0; i < all.length; i += lines) {
            chunks.add(String.join("", Arrays.copyOfRange(all, i, Math.min(all.length, i + lines))));
        }
        return chunks;
    }

    private void replace(Path file, String content) throws IOException {
        Path next = dir.resolve(file.getFileName() + ".tmp");
        Files.writeString(next, content);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("flags.yaml"), content);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Waits (bounded) for a condition; a correctness check, not a timing assertion. */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not yet
            }
            Thread.sleep(5);
        }
        return condition.getAsBoolean();
    }
}
