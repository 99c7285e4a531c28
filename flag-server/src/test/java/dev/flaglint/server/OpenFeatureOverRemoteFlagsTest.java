package dev.flaglint.server;

import dev.flaglint.openfeature.FlagLintProvider;
import dev.flaglint.runtime.FlagsStatus;
import dev.flaglint.runtime.remote.RemoteFlags;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.NoOpProvider;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.ProviderEvent;
import dev.openfeature.sdk.ProviderState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.SDK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * flag-lint's OpenFeature provider over RemoteFlags and a real server, through OpenFeature's API: an override is
 * CONFIGURATION_CHANGED with its flag's key, the server going away STALE, its return READY.
 */
class OpenFeatureOverRemoteFlagsTest {

    @TempDir
    Path directory;

    @Test
    void theServersChangesAndOutagesAreOpenFeatureEvents() throws Exception {
        OpenFeatureAPI api = OpenFeatureAPI.getInstance();
        String domain = "open-feature-over-remote-flags";
        TestServer server = TestServer.start(directory, TestServer.FLAGS, b -> b);
        int port = server.server.port();
        try (RemoteFlags flags = RemoteFlags.builder(server.server.uri()).token(SDK).noBootstrap()
                .pollInterval(Duration.ofMillis(200)).build()) {
            // build() waits at most the timeout; on a busy machine the first answer may come a little later
            assertThat(Eventually.holds(() -> flags.status() == FlagsStatus.READY)).as(flags.statusDetail()).isTrue();
            api.setProviderAndWait(domain, new FlagLintProvider(flags));
            Client client = api.getClient(domain);
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            for (ProviderEvent event : List.of(ProviderEvent.PROVIDER_CONFIGURATION_CHANGED,
                    ProviderEvent.PROVIDER_STALE, ProviderEvent.PROVIDER_READY, ProviderEvent.PROVIDER_ERROR)) {
                client.on(event, details -> events.add(event + (event == ProviderEvent.PROVIDER_CONFIGURATION_CHANGED
                        ? " " + details.getFlagsChanged() : "")));
            }
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("PROVIDER_READY");
            assertThat(client.getBooleanValue("dark-mode", true, new ImmutableContext("user-1"))).isFalse();

            assertThat(server.put("/flags/dark-mode", ADMIN, "{\"enabled\":true}").status()).isEqualTo(200);
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("PROVIDER_CONFIGURATION_CHANGED [dark-mode]");
            assertThat(client.getBooleanValue("dark-mode", false, new ImmutableContext("user-1"))).isTrue();

            server.close();
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("PROVIDER_STALE");
            assertThat(client.getProviderState()).isEqualTo(ProviderState.STALE);
            assertThat(client.getBooleanValue("dark-mode", false, new ImmutableContext("user-1")))
                    .as("the last flags it gave answer").isTrue();

            server = TestServer.start(directory, null, b -> b.port(port));
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("PROVIDER_READY");
            assertThat(client.getProviderState()).isEqualTo(ProviderState.READY);
            assertThat(events.poll(200, TimeUnit.MILLISECONDS)).as("nothing changed meanwhile").isNull();
        } finally {
            api.setProviderAndWait(domain, new NoOpProvider());
            server.close();
        }
    }
}
