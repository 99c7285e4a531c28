package dev.flaglint.benchmarks;

import io.getunleash.DefaultUnleash;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.util.UnleashConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Unleash Java SDK (its evaluation engine, yggdrasil, comes inside it) evaluating the benchmark's flags, offline:
 * bootstrapped from {@code bench-unleash.json} (strategies and constraints equivalent to {@code bench-flags.yaml}),
 * no polling, no metrics, and a backup file that does not exist, so it reads nothing else and opens no connection.
 */
final class UnleashPeer implements AutoCloseable {

    private final Unleash unleash;
    private final Path backupDir;

    UnleashPeer() {
        String features = resource("bench-unleash.json");
        try {
            backupDir = Files.createTempDirectory("unleash-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UnleashConfig config = UnleashConfig.builder()
                .appName("flag-lint-benchmark")
                .unleashAPI("http://127.0.0.1:9/api/") // never called: polling and metrics are off
                .disablePolling()
                .disableMetrics()
                .backupFile(backupDir.resolve("none.json").toString())
                .toggleBootstrapProvider(() -> Optional.of(features))
                .build();
        unleash = new DefaultUnleash(config);
    }

    /** The benchmark's user as Unleash sees it: userId, and the other attributes as properties. */
    static UnleashContext context(String userId, String plan, String email) {
        return UnleashContext.builder().userId(userId).addProperty("plan", plan).addProperty("email", email).build();
    }

    boolean isEnabled(String flag, UnleashContext context) {
        return unleash.isEnabled(flag, context);
    }

    /** The string a variant flag gives ({@code fallback} when none), as an application reads Unleash's payload. */
    String stringValue(String flag, UnleashContext context, String fallback) {
        return unleash.getVariant(flag, context).getPayload().map(p -> p.getValue()).orElse(fallback);
    }

    @Override
    public void close() throws IOException {
        unleash.shutdown();
        Files.deleteIfExists(backupDir.resolve("none.json"));
        Files.deleteIfExists(backupDir);
    }

    private static String resource(String name) {
        try (InputStream in = UnleashPeer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
