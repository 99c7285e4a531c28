package dev.flaglint.runtime.remote;

import dev.flaglint.runtime.CapturedLog;
import dev.flaglint.runtime.ErrorCode;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.FlagsStatus;
import dev.flaglint.runtime.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RemoteFlags} with no service to talk to: the settings it refuses, and what answers until a service does
 * (tests against a real flag-server are in flag-server's test tree, which depends on this module).
 */
class RemoteFlagsWithoutServiceTest {

    private static final String TOKEN = "secret-token-0123456789abcdef";

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    @TempDir
    Path directory;

    @Test
    void settingsOutOfRangeAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> RemoteFlags.builder(URI.create("flags:8080")))
                .hasMessage("the flag service is an http:// or https:// address with a host, such as http://flags:8080;"
                        + " got flags:8080");
        assertThatThrownBy(() -> RemoteFlags.builder(URI.create("http://flags:8080/?token=x")))
                .hasMessage("the flag service address takes no query or fragment: http://flags:8080/");
        assertThatThrownBy(() -> RemoteFlags.builder(URI.create("http://flags")).token(TOKEN + "\n"))
                .hasMessage("the token holds a space, a line break or a character outside ASCII; check how it is read"
                        + " (a trailing newline from a file?)");
        assertThatThrownBy(() -> RemoteFlags.builder(URI.create("http://flags")).timeout(Duration.ZERO))
                .hasMessage("the timeout is from PT0.001S to PT1M, got PT0S");
        assertThatThrownBy(() -> RemoteFlags.builder(URI.create("http://flags")).pollInterval(Duration.ofMillis(1)))
                .hasMessageStartingWith("the poll interval is from PT0.01S");
        assertThatThrownBy(() -> RemoteFlags.builder(URI.create("http://flags")).cacheSize(-1))
                .hasMessage("the cache size is 0 or more, got -1");
    }

    @Test
    void untilTheServiceAnswersTheClasspathFlagsFileDoes() throws Exception {
        try (RemoteFlags flags = RemoteFlags.builder(nobody()).token(TOKEN).timeout(Duration.ofSeconds(5)).build()) {
            assertThat(flags.status()).isEqualTo(FlagsStatus.ERROR);
            assertThat(flags.statusDetail()).contains(" has not been reached: cannot connect").endsWith(
                    "; answering from classpath:flags.yaml (the bootstrap file)");
            FeatureFlags file = FeatureFlags.fromClasspath("flags.yaml", null);
            for (String key : file.keys()) {
                assertThat(flags.evaluate(key, Map.of("user_id", "user-14"))).isEqualTo(file.evaluate(key,
                        Map.of("user_id", "user-14")));
            }
            assertThat(flags.metadata("payments-kill-switch").orElseThrow().owner()).isEqualTo("sre");
            assertThat(flags.toString()).doesNotContain(TOKEN).endsWith(", LOCAL_EVALUATION, ERROR]");
        }
        assertThat(log.messages()).isNotEmpty().noneMatch(m -> m.contains(TOKEN));
    }

    @Test
    void withNothingToAnswerFromEveryCallGetsItsDefault() throws Exception {
        for (Mode mode : Mode.values()) {
            try (RemoteFlags flags = RemoteFlags.builder(nobody()).mode(mode).noBootstrap().build()) {
                assertThat(flags.evaluate("anything", FlagContext.targeting("u"), true).errorCode())
                        .isEqualTo(ErrorCode.PROVIDER_NOT_READY);
                assertThat(flags.stringValue("anything", FlagContext.empty(), "dflt")).isEqualTo("dflt");
                assertThat(flags.isEnabled("anything", FlagContext.empty(), true)).isTrue();
                assertThat(flags.evaluate(null, null).errorCode()).isNotNull();
                assertThat(flags.status()).isEqualTo(FlagsStatus.ERROR);
            }
        }
    }

    @Test
    void aUsableCacheFileAnswersBeforeTheBootstrapFileAndIsStale() throws Exception {
        Path cache = directory.resolve("flags.json");
        Files.writeString(cache, "{\"flags\":{\"payments-kill-switch\":{\"owner\":\"sre\",\"created\":\"2025-06-01\","
                + "\"ticket\":\"OPS-17\",\"permanent\":true,\"enabled\":true}}}");
        try (RemoteFlags flags = RemoteFlags.builder(nobody()).cacheFile(cache).build()) {
            assertThat(flags.status()).isEqualTo(FlagsStatus.STALE);
            assertThat(flags.statusDetail()).endsWith("answering from the cache file " + cache
                    + " (what the service last gave)");
            // the classpath file says enabled: false; the cache file, what the service last gave, says true
            assertThat(flags.evaluate("payments-kill-switch", Map.of()).reason()).isEqualTo(Reason.STATIC);
            assertThat(flags.isEnabled("payments-kill-switch")).isTrue();
        }
    }

    @Test
    void remoteEvaluationFallsBackAtOnceAfterAFailure() throws Exception {
        try (RemoteFlags flags = RemoteFlags.builder(nobody()).remoteEvaluation().build()) {
            assertThat(flags.mode()).isEqualTo(Mode.REMOTE_EVALUATION);
            assertThat(flags.status()).isEqualTo(FlagsStatus.ERROR);
            assertThat(flags.isEnabled("payments-kill-switch")).as("the bootstrap file: enabled: false").isFalse();
            assertThat(flags.evaluate("payments-kill-switch", Map.of()).reason()).isEqualTo(Reason.DISABLED);
            assertThat(log.containing("has not been reached")).hasSize(1);
        }
    }

    /** An address on this machine where nothing listens: connecting is refused at once. */
    static URI nobody() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
