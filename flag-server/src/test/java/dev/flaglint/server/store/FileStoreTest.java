package dev.flaglint.server.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.flaglint.server.store.StoreContract.override;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store's durability rules, and its recovery from each way a crash or a person can leave it. */
class FileStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void changesAreVersionedConditionalAndReopenedIntact() {
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            StoreContract.changeAndRefuse(store);
        }
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            StoreContract.assertChangedAndRefused(store);
        }
    }

    @Test
    void auditRecordsNewerThanTheStateFileAreReplayed() throws Exception {
        Path state = directory.resolve(FileStore.STATE_FILE);
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            store.apply(override("a", "{\"enabled\":false}", ChangeRequest.ANY_VERSION));
        }
        byte[] afterFirst = Files.readAllBytes(state); // the checkpoint written at close
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            store.apply(override("a", "{\"enabled\":true}", ChangeRequest.ANY_VERSION));
            store.apply(override("b", "{\"rollout\":1}", ChangeRequest.ANY_VERSION));
        }
        // as if the process died after fsyncing the audit lines but before the checkpoint
        Files.write(state, afterFirst);
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            assertThat(store.snapshot().sequence()).isEqualTo(3);
            assertThat(store.snapshot().flag("a").override()).isEqualTo("{\"enabled\":true}");
            assertThat(store.snapshot().flag("b").version()).isEqualTo(3);
        }
        assertThat(Files.readString(state)).contains("\"sequence\":3"); // the checkpoint is brought up to date
    }

    @Test
    void aMissingOrDamagedStateFileIsRebuiltFromTheAuditLog() throws Exception {
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            store.apply(override("a", "{\"enabled\":false}", ChangeRequest.ANY_VERSION));
        }
        Files.writeString(directory.resolve(FileStore.STATE_FILE), "{not json");
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            assertThat(store.snapshot().flag("a").override()).isEqualTo("{\"enabled\":false}");
        }
        Files.delete(directory.resolve(FileStore.STATE_FILE));
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            assertThat(store.snapshot().flag("a").version()).isEqualTo(1);
        }
    }

    @Test
    void aLastLineCutShortByACrashIsDroppedAndTheLogGoesOn() throws Exception {
        Path audit = directory.resolve(FileStore.AUDIT_FILE);
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            store.apply(override("a", "{\"enabled\":false}", ChangeRequest.ANY_VERSION));
        }
        Files.writeString(audit, "{\"sequence\":2,\"time\":\"2026-12-01T10:00:00Z\",\"act", StandardOpenOption.APPEND);
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            assertThat(store.snapshot().sequence()).isEqualTo(1);
            assertThat(store.apply(override("b", "{\"enabled\":true}", ChangeRequest.ANY_VERSION)))
                    .isInstanceOf(ChangeResult.Committed.class);
        }
        List<String> lines = Files.readAllLines(audit, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("{\"sequence\":2,").contains("\"flag\":\"b\"");
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            assertThat(store.snapshot().sequence()).isEqualTo(2);
        }
    }

    @Test
    void aDamagedLineInTheMiddleStopsTheStoreWithItsLineNumber() throws Exception {
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            store.apply(override("a", "{\"enabled\":false}", ChangeRequest.ANY_VERSION));
            store.apply(override("a", "{\"enabled\":true}", ChangeRequest.ANY_VERSION));
        }
        Path audit = directory.resolve(FileStore.AUDIT_FILE);
        List<String> lines = Files.readAllLines(audit);
        Files.write(audit, List.of("garbage", lines.get(1)));
        assertThatThrownBy(() -> FileStore.open(directory, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessage(audit.toAbsolutePath() + " line 1 is damaged; it is not an audit record written by"
                        + " flag-server. Restore the file from a backup, or remove that line if you know it is not an"
                        + " acknowledged change");
    }

    @Test
    void aStateFileAheadOfTheAuditLogIsRefused() throws Exception {
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            store.apply(override("a", "{\"enabled\":false}", ChangeRequest.ANY_VERSION));
        }
        Files.writeString(directory.resolve(FileStore.AUDIT_FILE), "");
        assertThatThrownBy(() -> FileStore.open(directory, CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is at change 1 but audit.jsonl ends at change 0");
    }

    @Test
    void aSecondServerCannotUseTheSameDirectory() {
        try (FileStore store = FileStore.open(directory, CLOCK)) {
            assertThatThrownBy(() -> FileStore.open(directory, CLOCK)).isInstanceOf(StoreException.class)
                    .hasMessage("data directory " + directory.toAbsolutePath() + " is in use by another flag-server;"
                            + " stop it, or give this one its own --data directory");
        }
        FileStore.open(directory, CLOCK).close(); // released on close
    }

    @Test
    void timesNeverGoBackwardsSoSinceQueriesCanStopEarly() {
        Clock[] clocks = {Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC),
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC)};
        try (FileStore store = FileStore.open(directory, clocks[0])) {
            store.apply(override("a", "{\"enabled\":false}", ChangeRequest.ANY_VERSION));
        }
        try (FileStore store = FileStore.open(directory, clocks[1])) { // the clock went back an hour
            store.apply(override("a", "{\"enabled\":true}", ChangeRequest.ANY_VERSION));
            assertThat(store.audit(new AuditQuery(null, Instant.parse("2026-12-01T10:00:00Z"), 10))).hasSize(2);
        }
    }
}
