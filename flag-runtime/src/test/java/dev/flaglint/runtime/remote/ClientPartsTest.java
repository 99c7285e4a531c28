package dev.flaglint.runtime.remote;

import dev.flaglint.runtime.CapturedLog;
import dev.flaglint.runtime.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The remote client's parts that need no service: Retry-After, the backoff, the answer cache, the cache file. */
class ClientPartsTest {

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    @TempDir
    Path directory;

    @Test
    void retryAfterInSecondsOrAsADateWithinBounds() {
        assertThat(ServiceClient.retryAfter("5")).isEqualTo(Duration.ofSeconds(5));
        assertThat(ServiceClient.retryAfter("0")).isEqualTo(Duration.ofSeconds(1));
        assertThat(ServiceClient.retryAfter(null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(ServiceClient.retryAfter("soon")).isEqualTo(Duration.ofSeconds(1));
        assertThat(ServiceClient.retryAfter("86400")).isEqualTo(Duration.ofHours(1));
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusMinutes(2));
        assertThat(ServiceClient.retryAfter(inTwoMinutes)).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120));
        assertThat(ServiceClient.where(URI.create("http://user:pw@flags:8080/base/?q=1"))).isEqualTo("http://flags:8080/base/");
    }

    @Test
    void theBackoffDoublesUpToItsLimitInTheUpperHalfOfEachWindow() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8));
        long[] windows = {1000, 2000, 4000, 8000, 8000};
        for (long window : windows) {
            assertThat(backoff.next().toMillis()).isBetween(window / 2, window);
        }
        backoff.reset();
        assertThat(backoff.next().toMillis()).isBetween(500L, 1000L);
        for (int i = 0; i < 100; i++) {
            assertThat(Backoff.jittered(Duration.ofSeconds(30)).toMillis()).isBetween(27_000L, 33_000L);
        }
    }

    @Test
    void theAnswerCacheKeepsTheRecentOnesAndForgetsChangedFlags() {
        EvaluationCache cache = new EvaluationCache(2, 1000);
        Ofrep.Answer answer = new Ofrep.Answer(null, ErrorCode.FLAG_NOT_FOUND, null);
        cache.put(EvaluationCache.key("a", "{}"), answer, 0);
        cache.put(EvaluationCache.key("b", "{}"), answer, 0);
        cache.get(EvaluationCache.key("a", "{}"));
        cache.put(EvaluationCache.key("c", "{\"x\":1}"), answer, 0);
        assertThat(cache.get(EvaluationCache.key("b", "{}"))).as("least recently used").isNull();
        EvaluationCache.Entry entry = cache.get(EvaluationCache.key("a", "{}"));
        assertThat(entry.fresh(999)).isTrue();
        assertThat(entry.fresh(1000)).isFalse();
        cache.invalidate(Set.of("c"));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(new EvaluationCache(0, 1000)).satisfies(none -> {
            none.put("k\n{}", answer, 0);
            assertThat(none.size()).isZero();
        });
    }

    @Test
    void theCacheFileIsWrittenWholeForItsOwnerAndACorruptOneIsIgnored() throws Exception {
        Path file = directory.resolve("cache").resolve("flags.json");
        CacheFile cache = new CacheFile(file);
        assertThat(cache.read()).isEmpty();
        String definitions = "{\"flags\":{\"a\":{\"owner\":\"o\",\"created\":\"2026-01-01\",\"ticket\":\"T-1\","
                + "\"permanent\":true}}}";
        cache.write(definitions.getBytes());
        assertThat(Files.readString(file)).isEqualTo(definitions);
        assertThat(cache.read().orElseThrow().flags()).containsOnlyKeys("a");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(file);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }

        Files.writeString(file, definitions.substring(0, 30));
        assertThat(cache.read()).isEmpty();
        assertThat(log.messages()).containsExactly("cache file " + file + " ignored: it is not a usable flags snapshot: "
                + file + ":1:31: not valid JSON: Unexpected end-of-input in field name; fix the syntax at this line."
                + " It is replaced when the flag service next answers");

        Path blocked = directory.resolve("a-file");
        Files.writeString(blocked, "x");
        CacheFile unwritable = new CacheFile(blocked.resolve("flags.json"));
        unwritable.write(definitions.getBytes());
        unwritable.write(definitions.getBytes());
        assertThat(log.containing("cannot write cache file")).as("logged once").hasSize(1);
    }
}
