package dev.flaglint.lint.scan.cache;

import dev.flaglint.lint.source.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files need their content compared: those a later change could leave with the same stamp. */
class FileClockTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long T = 1_760_000_000L * SECOND; // a whole second

    private static FileStamp changedAt(long nanos) {
        return new FileStamp(10, nanos, nanos, "(dev=1,ino=2)");
    }

    @Test
    void theGranularityIsTheCoarsestTheStampIsConsistentWith() {
        assertThat(FileClock.granularity(T + 123_456_789)).isEqualTo(1);
        assertThat(FileClock.granularity(T + 123_456_000)).isEqualTo(1_000);
        assertThat(FileClock.granularity(T + 120_000_000)).isEqualTo(10_000_000);
        assertThat(FileClock.granularity(T)).isEqualTo(2 * SECOND); // whole seconds: maybe FAT's two
    }

    @Test
    void onANanosecondFileSystemOnlyAChangeInTheScansOwnTickIsRacy() {
        FileClock clock = FileClock.at(T + 512_345_679);

        assertThat(clock.isRacy(changedAt(T + 512_345_678))).isFalse(); // an earlier tick: any new change stamps later
        assertThat(clock.isRacy(changedAt(T + 512_345_679))).isTrue();  // the same tick
        assertThat(clock.isRacy(changedAt(T + 612_345_679))).isTrue();  // changed while the scan listed
    }

    @Test
    void onASecondFileSystemAChangeInTheLastTwoSecondsIsRacyHoweverLongTheScanTakes() {
        // Edited at T (stamped T), scanned 1.9 s later: a second edit in the same second is still stamped T.
        assertThat(FileClock.at(T + 1_900_000_000).isRacy(changedAt(T))).isTrue();
        assertThat(FileClock.at(T + 2 * SECOND).isRacy(changedAt(T))).isFalse();
    }

    @Test
    void theChangeTimeDecidesWhereThereIsOneForAToolMaySetTheModificationTimeBack() {
        FileClock clock = FileClock.at(T + 500_000_001);

        // `touch -r old`: the modification time is old, the change time is now.
        assertThat(clock.isRacy(new FileStamp(10, T - 100 * SECOND, T + 500_000_001, null))).isTrue();
        // No change time (a file system without one): the modification time is all there is.
        assertThat(clock.isRacy(new FileStamp(10, T + 500_000_001, FileStamp.UNKNOWN, null))).isTrue();
        assertThat(clock.isRacy(new FileStamp(10, T - 100 * SECOND, FileStamp.UNKNOWN, null))).isFalse();
    }

    @Test
    void theFileSystemClockIsReadFromAFileWrittenThereAndIsNotAhead(@TempDir Path dir) throws IOException {
        long before = TimeUnit.SECONDS.toNanos(Instant.now().getEpochSecond()) + Instant.now().getNano();
        FileClock clock = FileClock.now(dir.resolve("index-dir/index.clock"));
        Path file = Files.writeString(dir.resolve("Later.java"), "class Later {}");

        assertThat(Files.exists(dir.resolve("index-dir/index.clock"))).isTrue();
        // A file written after the clock was read is racy: its stamp is not older than the scan.
        assertThat(clock.isRacy(new FileStamp(14, 0, Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS),
                null))).isTrue();
        // A file last changed well before is not.
        assertThat(clock.isRacy(changedAt(before - 10 * SECOND + 1))).isFalse();
    }
}
