package dev.flaglint.server;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.openfeature.contrib.providers.ofrep.OfrepProvider;
import dev.openfeature.contrib.providers.ofrep.OfrepProviderOptions;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.flaglint.server.TestServer.ADMIN;
import static dev.flaglint.server.TestServer.EVALUATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client nobody here wrote: the OpenFeature Java SDK with the community OFREP provider evaluates flags from
 * the server, sees an override at once, and gets its code default for what the server cannot answer.
 */
class OpenFeatureInteropTest {

    @TempDir
    Path directory;

    @Test
    void theOfrepProviderEvaluatesFlagsFromTheServer() throws Exception {
        try (TestServer server = TestServer.start(directory)) {
            OpenFeatureAPI api = OpenFeatureAPI.createIsolated();
            try {
                api.setProviderAndWait(OfrepProvider.constructProvider(OfrepProviderOptions.builder()
                        .baseUrl(server.server.uri().toString())
                        .headers(ImmutableMap.of("Authorization", ImmutableList.of("Bearer " + EVALUATE)))
                        .build()));
                Client client = api.getClient();

                FlagEvaluationDetails<Boolean> targeted = client.getBooleanDetails("new-checkout", false,
                        new ImmutableContext("user-1", Map.of("plan", new Value("enterprise"))));
                assertThat(targeted.getValue()).isTrue();
                assertThat(targeted.getReason()).isEqualTo("TARGETING_MATCH");
                assertThat(targeted.getVariant()).isEqualTo("on");
                assertThat(targeted.getErrorCode()).isNull();
                assertThat(targeted.getFlagMetadata().getString("owner")).isEqualTo("payments-team");
                assertThat(targeted.getFlagMetadata().getString("ticket")).isEqualTo("PAY-1234");

                assertThat(client.getBooleanValue("payments-kill-switch", false, new ImmutableContext("user-1")))
                        .isTrue();
                assertThat(server.put("/flags/payments-kill-switch", ADMIN, "{\"enabled\":false}").status())
                        .isEqualTo(200);
                FlagEvaluationDetails<Boolean> killed = client.getBooleanDetails("payments-kill-switch", true,
                        new ImmutableContext("user-1"));
                assertThat(killed.getValue()).isFalse();
                assertThat(killed.getReason()).isEqualTo("DISABLED");

                FlagEvaluationDetails<Boolean> unknown = client.getBooleanDetails("no-such-flag", true,
                        new ImmutableContext("user-1"));
                assertThat(unknown.getValue()).isTrue(); // the code default
                assertThat(unknown.getErrorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);

                FlagEvaluationDetails<Boolean> noUnit = client.getBooleanDetails("new-checkout", false,
                        new ImmutableContext(Map.of("plan", new Value("free"))));
                assertThat(noUnit.getValue()).isFalse(); // the code default
                // the server says TARGETING_KEY_MISSING; provider 0.0.2 reports every 400 as INVALID_CONTEXT
                assertThat(noUnit.getErrorCode()).isEqualTo(ErrorCode.INVALID_CONTEXT);
            } finally {
                api.shutdown();
            }
        }
    }
}
