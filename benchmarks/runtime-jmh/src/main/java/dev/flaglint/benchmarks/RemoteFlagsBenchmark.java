package dev.flaglint.benchmarks;

import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagsStatus;
import dev.flaglint.runtime.remote.RemoteFlags;
import dev.flaglint.server.FlagServer;
import dev.flaglint.server.ServerSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * RemoteFlags in local evaluation beside FeatureFlags, the same flags and contexts: RemoteFlags synced from a real
 * flag-server on 127.0.0.1 (started in setup, serving bench-flags.yaml), FeatureFlags from the same file. A call to
 * RemoteFlags reads its current snapshot and evaluates it; the server is not involved.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class RemoteFlagsBenchmark {

    private FeatureFlags file;
    private RemoteFlags remote;
    private FlagServer server;
    private Path directory;
    private Map<String, Object> context;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        directory = Files.createTempDirectory("remote-flags-bench");
        Path flags = directory.resolve("flags.yaml");
        try (InputStream in = RemoteFlagsBenchmark.class.getClassLoader().getResourceAsStream("bench-flags.yaml")) {
            Files.copy(in, flags);
        }
        file = FeatureFlags.load(flags, null);
        server = FlagServer.start(ServerSettings.builder(flags).port(0).data(directory.resolve("data"))
                .variables(Map.of()).accessLog(null).build());
        remote = RemoteFlags.builder(server.uri()).noBootstrap().environment(null).build();
        if (remote.status() != FlagsStatus.READY) {
            throw new IllegalStateException("RemoteFlags did not sync: " + remote.statusDetail());
        }
        context = Map.of("user_id", "user-42", "plan", "free", "email", "ann@example.org");
        for (String key : file.keys()) {
            Evaluation expected = file.evaluate(key, context);
            if (!remote.evaluate(key, context).equals(expected)) {
                throw new IllegalStateException("RemoteFlags and FeatureFlags disagree on " + key);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        remote.close();
        server.close();
    }

    @Benchmark
    public boolean featureFlags_booleanFlag() {
        return file.isEnabled("dark-mode", context);
    }

    @Benchmark
    public boolean remoteFlagsLocal_booleanFlag() {
        return remote.isEnabled("dark-mode", context);
    }

    @Benchmark
    public boolean featureFlags_ruleAndRollout() {
        return file.isEnabled("beta-search", context);
    }

    @Benchmark
    public boolean remoteFlagsLocal_ruleAndRollout() {
        return remote.isEnabled("beta-search", context);
    }

    @Benchmark
    public String featureFlags_stringVariant() {
        return file.stringValue("checkout-button", context, "blue");
    }

    @Benchmark
    public String remoteFlagsLocal_stringVariant() {
        return remote.stringValue("checkout-button", context, "blue");
    }
}
