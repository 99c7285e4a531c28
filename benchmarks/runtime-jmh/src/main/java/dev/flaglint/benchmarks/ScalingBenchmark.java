package dev.flaglint.benchmarks;

import dev.flaglint.model.Limits;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FeatureFlagsBuilder;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.Reason;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How one evaluation's cost grows with the work: with the number of rules a flag has (all missed, so each is tested,
 * then the rollout decides), and with the number of flags loaded (it should not grow: a flag is found by its key).
 *
 * <p>Rules cycle through five kinds: an equality list ({@code plan}), {@code not_in} ({@code country}),
 * {@code email_domain}, a number comparison ({@code age}) and {@code starts_with} ({@code user_id}), so a long flag
 * mixes operators as real ones do. Flags files are generated in setup: every flag there has one rule and a 10 %
 * rollout. A file holds at most {@value Limits#MAX_FILE_BYTES} bytes (about 6,000 such flags), so 100,000 flags are
 * built in memory with {@link FeatureFlags#builder()} (a 10 % rollout each, the same compiled form a file's take).
 * {@code sameFlag} asks one flag every time; {@code manyFlags} cycles through 1,024 keys spread over all the flags,
 * so each call finds a different flag, as a service asking many flags does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScalingBenchmark {

    private static final Map<String, Object> CONTEXT = Map.of("user_id", "user-11", "plan", "free", "country", "DE",
            "email", "ann@example.org", "age", 30L);
    private static final FlagContext FLAG_CONTEXT = FlagContext.targeting("user-11").with("user_id", "user-11")
            .with("plan", "free").with("country", "DE").with("email", "ann@example.org").with("age", 30);
    /** How many keys {@code manyFlags} cycles through; a power of two. */
    private static final int KEYS = 1024;

    @State(Scope.Benchmark)
    public static class Rules {
        @Param({"1", "3", "10", "30"})
        int rules;
        FeatureFlags flags;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            StringBuilder yaml = new StringBuilder("flags:\n").append(flag("scaled"));
            for (int i = 0; i < rules; i++) {
                yaml.append("      - if: { ").append(condition(i)).append(" }\n        enabled: true\n");
            }
            yaml.append("    rollout: 10\n");
            flags = load(yaml.toString());
            for (Map<String, ?> context : new Map[] {CONTEXT, FLAG_CONTEXT}) {
                if (flags.evaluate("scaled", context).reason() != Reason.SPLIT) {
                    throw new IllegalStateException("a rule matched; every rule must be tested: " + yaml);
                }
            }
        }

        /** Rule {@code i}: five kinds in turn, each missing the benchmark's context. */
        private static String condition(int i) {
            return switch (i % 5) {
                case 0 -> i == 0 ? "plan: enterprise" : "plan: [enterprise, team-" + i + "]";
                case 1 -> "country: { not_in: [DE, FR, IT] }";
                case 2 -> "email_domain: company-" + i + ".com";
                case 3 -> "age: { gte: " + (100 + i) + " }";
                default -> "user_id: { starts_with: admin-" + i + " }";
            };
        }
    }

    /** Loaded flags, the one {@code sameFlag} asks, and the keys {@code manyFlags} cycles through. */
    abstract static class Loaded {
        FeatureFlags loaded;
        String one;
        String[] keys;
        int next;

        void loaded(FeatureFlags flags, int count) {
            this.loaded = flags;
            this.one = key(count / 2);
            this.keys = spread(count);
        }

        String nextKey() {
            return keys[next++ & (KEYS - 1)];
        }
    }

    @State(Scope.Thread)
    public static class FlagsInFile extends Loaded {
        @Param({"10", "1000", "5000"})
        int flags;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            StringBuilder yaml = new StringBuilder("flags:\n");
            for (int i = 0; i < flags; i++) {
                yaml.append(flag(key(i))).append("      - if: { plan: enterprise }\n        enabled: true\n")
                        .append("    rollout: 10\n");
            }
            loaded(load(yaml.toString()), flags);
        }
    }

    @State(Scope.Thread)
    public static class FlagsInMemory extends Loaded {
        @Param({"10", "1000", "100000"})
        int flags;

        @Setup(Level.Trial)
        public void setUp() {
            FeatureFlagsBuilder builder = FeatureFlags.builder();
            for (int i = 0; i < flags; i++) {
                builder.rollout(key(i), 10);
            }
            loaded(builder.build(), flags);
        }
    }

    @Benchmark
    public boolean rules(Rules state) {
        return state.flags.isEnabled("scaled", CONTEXT);
    }

    @Benchmark
    public boolean rules_flagContext(Rules state) {
        return state.flags.isEnabled("scaled", FLAG_CONTEXT);
    }

    @Benchmark
    public boolean flagsInFile_sameFlag(FlagsInFile state) {
        return state.loaded.isEnabled(state.one, CONTEXT);
    }

    @Benchmark
    public boolean flagsInFile_manyFlags(FlagsInFile state) {
        return state.loaded.isEnabled(state.nextKey(), CONTEXT);
    }

    @Benchmark
    public boolean flagsInMemory_sameFlag(FlagsInMemory state) {
        return state.loaded.isEnabled(state.one, CONTEXT);
    }

    @Benchmark
    public boolean flagsInMemory_manyFlags(FlagsInMemory state) {
        return state.loaded.isEnabled(state.nextKey(), CONTEXT);
    }

    /** The head of a flag with a rules list, metadata valid for decades. */
    private static String flag(String key) {
        return "  " + key + ":\n    owner: o\n    created: 2026-01-01\n    expires: 2099-01-01\n    ticket: T-1\n"
                + "    rules:\n";
    }

    /** Interned, as the literal keys of application code are. */
    private static String key(int i) {
        return String.format("flag-%06d", i).intern();
    }

    /** {@value #KEYS} keys spread over all {@code count} flags, in an order that jumps around. */
    private static String[] spread(int count) {
        String[] keys = new String[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = key((int) ((i * 7919L) % count));
        }
        return keys;
    }

    /** Writes {@code yaml} to a file and loads it as an application does; fails on any problem. */
    private static FeatureFlags load(String yaml) throws IOException {
        Path file = Files.createTempFile("scaling-flags", ".yaml");
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            FeatureFlags flags = FeatureFlags.load(file, null);
            if (!flags.problems().isEmpty()) {
                throw new IllegalStateException(flags.problems().get(0).toString());
            }
            return flags;
        } finally {
            Files.delete(file);
        }
    }
}
