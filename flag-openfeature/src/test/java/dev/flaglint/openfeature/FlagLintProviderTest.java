package dev.flaglint.openfeature;

import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.ReloadingFeatureFlags;
import dev.flaglint.runtime.remote.RemoteFlags;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EventDetails;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.NoOpProvider;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.ProviderEvent;
import dev.openfeature.sdk.ProviderState;
import dev.openfeature.sdk.Value;
import dev.openfeature.sdk.exceptions.GeneralError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provider as an application meets it: through OpenFeature's public API ({@code OpenFeatureAPI.getInstance()},
 * a client, its details and events), never by calling the provider. The API is a process-wide singleton, so each
 * test binds its provider to a domain of its own and unbinds it afterwards.
 */
class FlagLintProviderTest {

    static final String FLAGS = """
            flags:
              new-checkout:
                owner: payments-team
                created: 2026-01-15
                expires: 2099-04-01
                ticket: PAY-1234
                rules:
                  - if: { plan: enterprise }
                    enabled: true
                rollout: 10
              payments-kill-switch:
                owner: sre
                created: 2025-06-01
                ticket: OPS-17
                permanent: true
              checkout-button:
                owner: growth-team
                created: 2026-11-01
                expires: 2099-02-01
                ticket: GROW-90
                variants: { control: "blue", green: "green", orange: "orange" }
                default_variant: control
                rules:
                  - if: { plan: enterprise }
                    variant: green
                rollout: { control: 50, green: 25, orange: 25 }
              max-items:
                owner: cart-team
                created: 2026-11-01
                expires: 2099-02-01
                ticket: CART-3
                variants: { small: 10, large: 250, fraction: 9.5 }
                default_variant: large
              layout:
                owner: web-team
                created: 2026-11-01
                expires: 2099-02-01
                ticket: WEB-12
                variants:
                  compact: { columns: 2, tags: [a, b], dense: true }
                  roomy: { columns: 1, tags: [], dense: false }
                default_variant: compact
              account-tier:
                owner: billing
                created: 2026-11-01
                expires: 2099-02-01
                ticket: BILL-7
                variants: { basic: "basic", plus: "plus" }
                default_variant: basic
                rollout: { basic: 90, plus: 10 }
                rollout_by: account_id
              broken:
                owner: o
                created: 2026-01-01
                expires: 2099-01-01
                ticket: T-1
                rollout: 300
            """;

    private final OpenFeatureAPI api = OpenFeatureAPI.getInstance();
    private String domain;

    @TempDir
    Path directory;

    @AfterEach
    void unbind() {
        if (domain != null) {
            api.setProviderAndWait(domain, new NoOpProvider()); // shuts the test's provider down
        }
    }

    private Client client(FlagLintProvider provider, TestInfo test) {
        domain = getClass().getSimpleName() + "." + test.getDisplayName();
        api.setProviderAndWait(domain, provider);
        return api.getClient(domain);
    }

    /** Binds a provider whose initialization fails, as setProviderAndWait reports it: the exception. */
    private Client failing(FlagLintProvider provider, TestInfo test, String message) {
        domain = getClass().getSimpleName() + "." + test.getDisplayName();
        assertThatThrownBy(() -> api.setProviderAndWait(domain, provider)).isInstanceOf(GeneralError.class)
                .hasMessage(message);
        return api.getClient(domain);
    }

    @Test
    void everyTypedEvaluationWithItsVariantReasonAndFlagMetadata(TestInfo test) {
        Client client = client(new FlagLintProvider(FeatureFlags.of(FLAGS)), test);
        assertThat(client.getProviderState()).isEqualTo(ProviderState.READY);
        ImmutableContext enterprise = new ImmutableContext("user-7", Map.of("plan", new Value("enterprise")));

        FlagEvaluationDetails<Boolean> on = client.getBooleanDetails("new-checkout", false, enterprise);
        assertThat(on.getValue()).isTrue();
        assertThat(on.getVariant()).isEqualTo("on");
        assertThat(on.getReason()).isEqualTo("TARGETING_MATCH");
        assertThat(on.getErrorCode()).isNull();
        assertThat(on.getFlagMetadata().getString("owner")).isEqualTo("payments-team");
        assertThat(on.getFlagMetadata().getString("expires")).isEqualTo("2099-04-01");
        assertThat(on.getFlagMetadata().getString("ticket")).isEqualTo("PAY-1234");
        assertThat(client.getBooleanDetails("payments-kill-switch", false).getFlagMetadata().getBoolean("permanent"))
                .isTrue();

        FlagEvaluationDetails<String> green = client.getStringDetails("checkout-button", "none", enterprise);
        assertThat(green.getValue()).isEqualTo("green");
        assertThat(green.getVariant()).isEqualTo("green");
        assertThat(green.getReason()).isEqualTo("TARGETING_MATCH");

        FlagEvaluationDetails<Integer> items = client.getIntegerDetails("max-items", 0, new ImmutableContext());
        assertThat(items.getValue()).isEqualTo(250);
        assertThat(items.getReason()).isEqualTo("STATIC");
        assertThat(client.getDoubleDetails("max-items", 0.0).getValue()).isEqualTo(250.0);

        FlagEvaluationDetails<Value> layout = client.getObjectDetails("layout", new Value("none"));
        assertThat(layout.getVariant()).isEqualTo("compact");
        assertThat(layout.getValue().asStructure().getValue("columns").asInteger()).isEqualTo(2);
        assertThat(layout.getValue().asStructure().getValue("tags").asList()).extracting(Value::asString)
                .containsExactly("a", "b");
        assertThat(layout.getValue().asStructure().getValue("dense").asBoolean()).isTrue();
        assertThat(client.getObjectValue("checkout-button", new Value("none"), enterprise).asString())
                .as("any flag reads as a Value").isEqualTo("green");
    }

    @Test
    void errorsAreOpenFeaturesWithTheCallersDefault(TestInfo test) {
        Client client = client(new FlagLintProvider(FeatureFlags.of(FLAGS)), test);

        FlagEvaluationDetails<Boolean> unknown = client.getBooleanDetails("no-such-flag", true);
        assertThat(unknown.getValue()).isTrue();
        assertThat(unknown.getReason()).isEqualTo("ERROR");
        assertThat(unknown.getErrorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
        assertThat(unknown.getErrorMessage()).isEqualTo("flag 'no-such-flag' is not declared in the flags");

        FlagEvaluationDetails<String> mismatch = client.getStringDetails("new-checkout", "dflt");
        assertThat(mismatch.getValue()).isEqualTo("dflt");
        assertThat(mismatch.getErrorCode()).isEqualTo(ErrorCode.TYPE_MISMATCH);
        assertThat(mismatch.getErrorMessage()).isEqualTo("flag 'new-checkout' does not give a string; ask with the"
                + " method for its type");
        assertThat(client.getBooleanDetails("checkout-button", false).getErrorCode()).isEqualTo(ErrorCode.TYPE_MISMATCH);
        FlagEvaluationDetails<Integer> fraction = client.getIntegerDetails("max-items", 7,
                new ImmutableContext("u", Map.of()));
        assertThat(fraction.getValue()).as("250 is an int").isEqualTo(250);

        FlagEvaluationDetails<Boolean> broken = client.getBooleanDetails("broken", true);
        assertThat(broken.getValue()).isTrue();
        assertThat(broken.getErrorCode()).isEqualTo(ErrorCode.PARSE_ERROR);
        assertThat(broken.getFlagMetadata().getString("owner")).as("declared, so its metadata is there").isEqualTo("o");
    }

    @Test
    void theTargetingKeyIsTheRolloutUnitAsInFlagRuntime(TestInfo test) {
        FeatureFlags flags = FeatureFlags.of(FLAGS);
        Client client = client(new FlagLintProvider(flags), test);
        // RUNTIME.md's golden vectors: user-42 → control, user-7 → green, user-1 → orange
        for (String unit : List.of("user-42", "user-7", "user-1", "Zoë")) {
            FlagEvaluationDetails<String> d = client.getStringDetails("checkout-button", "none",
                    new ImmutableContext(unit));
            assertThat(d.getValue()).as(unit).isEqualTo(flags.stringValue("checkout-button", FlagContext.targeting(unit),
                    "x"));
            assertThat(d.getReason()).isEqualTo("SPLIT");
        }
        assertThat(client.getStringValue("checkout-button", "none", new ImmutableContext("user-1"))).isEqualTo("orange");
        // user_id, when the context has it, is the unit of a flag that does not name one
        assertThat(client.getStringValue("checkout-button", "none", new ImmutableContext("user-1",
                Map.of("user_id", new Value("user-42"))))).isEqualTo("blue");
        // a flag that names its unit does not fall back to the targeting key
        FlagEvaluationDetails<String> noUnit = client.getStringDetails("account-tier", "none",
                new ImmutableContext("user-1"));
        assertThat(noUnit.getValue()).isEqualTo("basic");
        assertThat(noUnit.getReason()).isEqualTo("DEFAULT");
        assertThat(client.getStringDetails("account-tier", "none", new ImmutableContext("user-1",
                Map.of("account_id", new Value("acct-1"), "seen", new Value(Instant.parse("2026-12-01T00:00:00Z")))))
                .getReason()).isEqualTo("SPLIT");
    }

    @Test
    void aFollowedFileEmitsChangedKeysStaleAndReady(TestInfo test) throws Exception {
        Path file = directory.resolve("flags.yaml");
        Files.writeString(file, FLAGS.replace("    rollout: 300\n", ""));
        try (ReloadingFeatureFlags flags = ReloadingFeatureFlags.watch(file, null, Duration.ofHours(1))) {
            Client client = client(new FlagLintProvider(flags), test);
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            for (ProviderEvent event : List.of(ProviderEvent.PROVIDER_CONFIGURATION_CHANGED,
                    ProviderEvent.PROVIDER_STALE, ProviderEvent.PROVIDER_READY, ProviderEvent.PROVIDER_ERROR)) {
                client.on(event, details -> events.add(describe(event, details)));
            }
            // a READY handler added to a ready provider runs at once
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("PROVIDER_READY null");

            Files.writeString(file, FLAGS.replace("    rollout: 300\n", "").replace("rollout: 10\n", "rollout: 20\n"));
            flags.refresh();
            flags.refresh();
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("PROVIDER_CONFIGURATION_CHANGED [new-checkout]");

            Files.writeString(file, FLAGS); // 'broken' has an error: this version is refused
            flags.refresh();
            flags.refresh();
            assertThat(events.poll(30, TimeUnit.SECONDS)).startsWith("PROVIDER_STALE a newer version of " + file
                    + " was refused, the version in use stays: " + file + ":");
            assertThat(eventually(() -> client.getProviderState() == ProviderState.STALE)).isTrue();
            assertThat(client.getBooleanValue("new-checkout", false, new ImmutableContext("user-14")))
                    .as("the version in use answers: user-14 is in at 20 %").isTrue();

            Files.writeString(file, FLAGS.replace("    rollout: 300\n", ""));
            flags.refresh();
            flags.refresh();
            assertThat(List.of(events.poll(30, TimeUnit.SECONDS), events.poll(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder("PROVIDER_READY " + file + " is in use as it is now",
                            "PROVIDER_CONFIGURATION_CHANGED [new-checkout]");
            assertThat(eventually(() -> client.getProviderState() == ProviderState.READY)).isTrue();
        }
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorAndStillAnswersDefaults(TestInfo test) {
        Path missing = directory.resolve("missing.yaml");
        Client client = failing(new FlagLintProvider(FeatureFlags.load(missing)), test, missing + " could not be read,"
                + " so every flag answers the caller's default: " + missing + ":1:1: file not found");
        // the provider is set all the same, in state ERROR, and answers
        assertThat(client.getProviderState()).isEqualTo(ProviderState.ERROR);
        FlagEvaluationDetails<Boolean> answer = client.getBooleanDetails("new-checkout", true);
        assertThat(answer.getValue()).isTrue();
        assertThat(answer.getErrorCode()).isEqualTo(ErrorCode.PARSE_ERROR);
    }

    @Test
    void aServiceNeverReachedIsAnErrorAndTheBootstrapFileAnswers(TestInfo test) throws Exception {
        URI nobody = nobody();
        try (RemoteFlags flags = RemoteFlags.builder(nobody).bootstrap(FeatureFlags.of(FLAGS)).build()) {
            Client client = failing(new FlagLintProvider(flags), test, "flag service " + nobody + "/ has not been"
                    + " reached: cannot connect (connection refused); answering from <inline> (the bootstrap file)");
            assertThat(client.getProviderState()).isEqualTo(ProviderState.ERROR);
            assertThat(client.getStringValue("checkout-button", "none", new ImmutableContext("user-1")))
                    .isEqualTo("orange");
        }
    }

    @Test
    void startingFromTheCacheFileIsStaleFromTheFirstEvaluation(TestInfo test) throws Exception {
        Path cache = directory.resolve("flags.json");
        Files.writeString(cache, "{\"flags\":{\"payments-kill-switch\":{\"owner\":\"sre\",\"created\":\"2025-06-01\","
                + "\"ticket\":\"OPS-17\",\"permanent\":true,\"enabled\":false}}}");
        try (RemoteFlags flags = RemoteFlags.builder(nobody()).noBootstrap().cacheFile(cache).build()) {
            Client client = client(new FlagLintProvider(flags), test);
            BlockingQueue<String> stale = new LinkedBlockingQueue<>();
            client.onProviderStale(details -> stale.add(describe(ProviderEvent.PROVIDER_STALE, details)));
            assertThat(client.getBooleanDetails("payments-kill-switch", true).getReason()).isEqualTo("DISABLED");
            assertThat(stale.poll(30, TimeUnit.SECONDS)).startsWith("PROVIDER_STALE flag service ")
                    .contains("answering from the cache file " + cache);
            assertThat(client.getProviderState()).isEqualTo(ProviderState.STALE);
        }
    }

    private static String describe(ProviderEvent event, EventDetails details) {
        return event + " " + (event == ProviderEvent.PROVIDER_CONFIGURATION_CHANGED ? details.getFlagsChanged()
                : details.getMessage());
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** An address on this machine where nothing listens. */
    private static URI nobody() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
