package dev.flaglint.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class ReloadingFeatureFlagsTest {

    /** Long enough that only explicit refresh() calls reload in the deterministic tests. */
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path dir;

    private static String flagsFile(boolean enabled, int rollout) {
        return """
                flags:
                  checkout:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-1
                    enabled: %s
                  ramp:
                    owner: o
                    created: 2026-01-01
                    permanent: true
                    ticket: T-2
                    rollout: %d
                """.formatted(enabled, rollout);
    }

    @Test
    void aChangedFileIsSwappedInAsANewSnapshotOnceSeenUnchanged() throws IOException {
        Path file = write(flagsFile(false, 0));
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(file, null, NEVER)) {
            FeatureFlags before = flags.current();
            assertThat(flags.isEnabled("checkout")).isFalse();
            assertThat(flags.refresh()).as("unchanged content").isFalse();

            write(flagsFile(true, 100));
            assertThat(flags.refresh()).as("changed in place: it may still be being written").isFalse();
            assertThat(flags.isEnabled("checkout")).isFalse();
            assertThat(flags.refresh()).as("seen unchanged twice").isTrue();
            assertThat(flags.isEnabled("checkout")).isTrue();
            assertThat(flags.isEnabled("ramp", Map.of("user_id", "1"))).isTrue();
            assertThat(flags.evaluate("checkout", Map.of()).reason()).isEqualTo(Reason.STATIC);
            assertThat(before.isEnabled("checkout")).as("old snapshots never change").isFalse();
        }
    }

    @Test
    void aBrokenOrInvalidNewVersionIsRejectedAndTheLastGoodStays() throws IOException {
        Path file = write(flagsFile(true, 100));
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(file, null, NEVER)) {
            FeatureFlags good = flags.current();

            for (String broken : List.of(
                    "flags:\n  checkout: [unclosed\n",
                    flagsFile(true, 100).replace("rollout: 100", "rollout: 300"),
                    "flags: []\n", // parses, but would drop every flag
                    "flags:\ncheckout:\n  owner: o\n  created: 2026-01-01\n  permanent: true\n  ticket: T-1\n", // dedented
                    flagsFile(true, 100) + "  checkout:\n    owner: o\n    created: 2026-01-01\n    permanent: true\n"
                            + "    ticket: T-3\n    enabled: false\n", // a second 'checkout': a duplicate key
                    flagsFile(true, 100).replace("    owner: o\n    created: 2026-01-01\n    permanent: true\n"
                            + "    ticket: T-2\n", "    created: 2026-01-01\n    permanent: true\n    ticket: T-2\n"))) {
                write(broken);
                assertThat(flags.refresh()).isFalse();
                assertThat(flags.refresh()).as("rejected: %s", broken).isFalse();
                assertThat(flags.current()).isSameAs(good);
                assertThat(flags.lastRejection()).isPresent();
                assertThat(flags.isEnabled("checkout")).isTrue();
            }
            assertThat(flags.lastRejection().orElseThrow().summary())
                    .isEqualTo(file + ":8:3: flag 'ramp' field 'owner': missing; add the team or person who owns it,"
                            + " e.g. 'owner: payments-team'");

            Files.delete(file);
            assertThat(flags.refresh()).isFalse();
            assertThat(flags.refresh()).isFalse();
            assertThat(flags.isEnabled("ramp", Map.of("user_id", "1"))).isTrue();
            assertThat(flags.lastRejection().orElseThrow().first().message()).startsWith("file not found");

            write(flagsFile(false, 100));
            assertThat(flags.refresh()).isFalse();
            assertThat(flags.refresh()).isTrue();
            assertThat(flags.isEnabled("checkout")).isFalse();
            assertThat(flags.lastRejection()).isEmpty();
        }
    }

    @Test
    void aFileThatStartsMissingIsPickedUpWhenItAppears() throws IOException {
        Path file = dir.resolve("flags.yaml");
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(file, null, NEVER)) {
            assertThat(flags.evaluate("checkout", Map.of(), true).errorCode()).isEqualTo(ErrorCode.PARSE_ERROR);
            write(flagsFile(false, 0));
            assertThat(flags.refresh()).isFalse();
            assertThat(flags.refresh()).isTrue();
            assertThat(flags.evaluate("checkout", Map.of(), true).reason()).isEqualTo(Reason.DISABLED);
        }
    }

    @Test
    void aFileWithErrorsAtStartIsLoadedLikeLoadDoesAndKeptUntilAGoodVersion() throws IOException {
        Path file = write(flagsFile(false, 0).replace("rollout: 0", "rollout: 300"));
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(file, null, NEVER)) {
            assertThat(flags.isEnabled("checkout", Map.of(), true)).as("the valid flag evaluates").isFalse();
            assertThat(flags.evaluate("ramp", Map.of(), true).errorCode()).isEqualTo(ErrorCode.PARSE_ERROR);
            assertThat(flags.lastRejection().orElseThrow().first().field()).isEqualTo("rollout");
            assertThat(flags.refresh()).isFalse();

            write(flagsFile(true, 0));
            assertThat(flags.refresh()).isFalse();
            assertThat(flags.refresh()).isTrue();
            assertThat(flags.isEnabled("checkout")).isTrue();
        }
    }

    @Test
    void thePollingThreadPicksUpAnAtomicReplaceAndStopsOnClose() throws Exception {
        Path file = write(flagsFile(false, 0));
        ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(file, null, Duration.ofMillis(10));
        try {
            Path next = dir.resolve("flags.yaml.tmp");
            Files.writeString(next, flagsFile(true, 0));
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertThat(eventually(() -> flags.isEnabled("checkout"))).as("reloaded within 30 s").isTrue();
        } finally {
            flags.close();
        }
        assertThat(eventually(flags::isClosed)).as("thread stopped within 30 s").isTrue();
    }

    @Test
    void featureFlagsWatchUsesTheDefaults() throws IOException {
        Path file = write(flagsFile(true, 0));
        try (ReloadingFeatureFlags flags = FeatureFlags.watch(file)) {
            assertThat(flags.isEnabled("checkout")).isTrue();
            assertThat(flags.current().source()).isEqualTo(file.toString());
        }
    }

    @Test
    void listenersHearTheChangedFlagsAndEachChangeOfStatus() throws IOException {
        Path file = write(flagsFile(false, 0));
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(file, null, NEVER)) {
            List<String> heard = new java.util.ArrayList<>();
            flags.addListener(new FlagsListener() {
                @Override
                public void flagsChanged(java.util.Set<String> keys) {
                    heard.add("changed " + new java.util.TreeSet<>(keys));
                }

                @Override
                public void statusChanged(FlagsStatus status, String detail) {
                    heard.add(status + ": " + detail);
                }
            });
            assertThat(flags.status()).isEqualTo(FlagsStatus.READY);

            write(flagsFile(false, 0).replace("rollout: 0", "rollout: 300"));
            flags.refresh();
            flags.refresh();
            assertThat(flags.status()).isEqualTo(FlagsStatus.STALE);
            String stale = flags.statusDetail();
            assertThat(stale).startsWith("a newer version of " + file + " was refused, the version in use stays: "
                    + file + ":").contains("a rollout is a percentage from 0 to 100, got 300");

            // only 'ramp' changes, although 'checkout' moves down a line
            write("# a comment moves every flag down\n" + flagsFile(false, 20));
            flags.refresh();
            flags.refresh();
            assertThat(flags.status()).isEqualTo(FlagsStatus.READY);
            assertThat(heard).containsExactly("STALE: " + stale, "READY: " + file + " is in use as it is now",
                    "changed [ramp]");
        }
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorUntilItCanAndErrorsAtStartAreNotStale() throws IOException {
        Path missing = dir.resolve("flags.yaml");
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(missing, null, NEVER)) {
            assertThat(flags.status()).isEqualTo(FlagsStatus.ERROR);
            assertThat(flags.statusDetail()).isEqualTo(missing + " could not be read, so every flag answers the"
                    + " caller's default: " + missing + ":1:1: file not found");
            write(flagsFile(true, 0));
            flags.refresh();
            flags.refresh();
            assertThat(flags.status()).isEqualTo(FlagsStatus.READY);
        }
        // read at start with errors: the version in use is the file's newest, so the flags are current
        write(flagsFile(false, 0).replace("rollout: 0", "rollout: 300"));
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(missing, null, NEVER)) {
            assertThat(flags.lastRejection()).isPresent();
            assertThat(flags.status()).isEqualTo(FlagsStatus.READY);
        }
    }

    /** Waits (bounded) for a condition; a correctness check, not a timing assertion. */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(5);
        }
        return condition.getAsBoolean();
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("flags.yaml");
        Files.writeString(file, content);
        return file;
    }
}
