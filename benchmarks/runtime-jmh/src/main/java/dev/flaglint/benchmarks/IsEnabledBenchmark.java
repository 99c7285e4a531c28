package dev.flaglint.benchmarks;

import dev.flaglint.runtime.Bucketing;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Value;
import dev.openfeature.sdk.providers.memory.Flag;
import dev.openfeature.sdk.providers.memory.InMemoryProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One flag evaluation per call, flag-runtime beside the OpenFeature Java SDK with its InMemoryProvider.
 * Contexts are built once in setup (as an application would build one per request, outside the flag
 * call). {@code ruleAndRollout} is one rule ({@code plan: enterprise}) and a 10 % rollout;
 * {@code threeRulesAndRollout} is three rules ({@code email_domain}, {@code plan}, {@code user_id} list)
 * and a 10 % rollout. The context misses every rule, so the rollout decides: the longest path.
 * The OpenFeature flag's context evaluator does the same rule checks and the same murmur3 bucketing (with
 * the same precomputed key prefix), so the difference is the SDK's own overhead.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class IsEnabledBenchmark {

    private FeatureFlags flags;
    private Map<String, Object> context;
    /** The same context in a HashMap, as many frameworks build it: the map's own lookup cost differs. */
    private Map<String, Object> hashMapContext;
    private Client client;
    private EvaluationContext openFeatureContext;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        flags = FeatureFlags.fromClasspath("bench-flags.yaml", null);
        if (!flags.problems().isEmpty()) {
            throw new IllegalStateException(flags.problems().toString());
        }
        context = Map.of("user_id", "user-42", "plan", "free", "email", "ann@example.org");
        hashMapContext = new java.util.HashMap<>(context);

        Map<String, Flag<?>> openFeatureFlags = Map.of(
                "dark-mode", Flag.<Boolean>builder().variant("on", true).variant("off", false)
                        .defaultVariant("on").build(),
                "new-checkout", Flag.<Boolean>builder().variant("on", true).variant("off", false)
                        .defaultVariant("off").contextEvaluator(new ThreeRulesAndRollout("new-checkout", 10)).build(),
                "beta-search", Flag.<Boolean>builder().variant("on", true).variant("off", false)
                        .defaultVariant("off").contextEvaluator(new RuleAndRollout("beta-search", 10)).build());
        OpenFeatureAPI api = OpenFeatureAPI.getInstance();
        api.setProviderAndWait(new InMemoryProvider(openFeatureFlags));
        client = api.getClient();
        openFeatureContext = new ImmutableContext("user-42", Map.of(
                "plan", new Value("free"), "email", new Value("ann@example.org")));

        // Sanity: both sides give the same answers, so they do the same work.
        check(flags.isEnabled("new-checkout", context) == client.getBooleanValue("new-checkout", true, openFeatureContext));
        check(flags.isEnabled("beta-search", context) == client.getBooleanValue("beta-search", true, openFeatureContext));
        check(flags.evaluate("beta-search", context).reason() == dev.flaglint.runtime.Reason.SPLIT);
        check(flags.evaluate("new-checkout", context).reason() == dev.flaglint.runtime.Reason.SPLIT);
        check(flags.isEnabled("dark-mode", context) && client.getBooleanValue("dark-mode", false, openFeatureContext));
        check(!flags.isEnabled("no-such-flag", context) && !client.getBooleanValue("no-such-flag", false, openFeatureContext));
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("flag-runtime and OpenFeature disagree; the comparison would be unfair");
        }
    }

    @Benchmark
    public boolean flagLint_booleanFlag() {
        return flags.isEnabled("dark-mode", context);
    }

    @Benchmark
    public boolean flagLint_ruleAndRollout() {
        return flags.isEnabled("beta-search", context);
    }

    @Benchmark
    public boolean flagLint_ruleAndRollout_hashMapContext() {
        return flags.isEnabled("beta-search", hashMapContext);
    }

    @Benchmark
    public Evaluation flagLint_evaluateRuleAndRollout() {
        return flags.evaluate("beta-search", context);
    }

    @Benchmark
    public boolean flagLint_threeRulesAndRollout() {
        return flags.isEnabled("new-checkout", context);
    }

    @Benchmark
    public boolean flagLint_unknownFlag() {
        return flags.isEnabled("no-such-flag", context);
    }

    @Benchmark
    public boolean openFeature_booleanFlag() {
        return client.getBooleanValue("dark-mode", false, openFeatureContext);
    }

    @Benchmark
    public boolean openFeature_ruleAndRollout() {
        return client.getBooleanValue("beta-search", false, openFeatureContext);
    }

    @Benchmark
    public boolean openFeature_threeRulesAndRollout() {
        return client.getBooleanValue("new-checkout", false, openFeatureContext);
    }

    @Benchmark
    public boolean openFeature_unknownFlag() {
        return client.getBooleanValue("no-such-flag", false, openFeatureContext);
    }

    /** beta-search's rule and 10 % rollout by targeting key, written against OpenFeature's context API. */
    static final class RuleAndRollout implements dev.openfeature.sdk.providers.memory.ContextEvaluator<Boolean> {
        private final Bucketing.Prefix prefix;
        private final int threshold;

        RuleAndRollout(String key, double percent) {
            this.prefix = Bucketing.Prefix.of(key);
            this.threshold = Bucketing.threshold(percent);
        }

        @Override
        public Boolean evaluate(Flag flag, EvaluationContext ctx) {
            Value plan = ctx.getValue("plan");
            if (plan != null && "enterprise".equals(plan.asString())) {
                return true;
            }
            String user = ctx.getTargetingKey();
            return user != null && !user.isEmpty() && prefix.bucket(user) < threshold;
        }
    }

    /** new-checkout's three rules and 10 % rollout by targeting key, written against OpenFeature's context API. */
    static final class ThreeRulesAndRollout implements dev.openfeature.sdk.providers.memory.ContextEvaluator<Boolean> {
        private static final Set<String> USER_IDS = Set.of("123", "456", "789");
        private final Bucketing.Prefix prefix;
        private final int threshold;

        ThreeRulesAndRollout(String key, double percent) {
            this.prefix = Bucketing.Prefix.of(key);
            this.threshold = Bucketing.threshold(percent);
        }

        @Override
        public Boolean evaluate(Flag flag, EvaluationContext ctx) {
            Value email = ctx.getValue("email");
            if (email != null && email.isString()) {
                String text = email.asString();
                int at = text.lastIndexOf('@');
                if (at >= 0 && equalsIgnoreAsciiCase(text, at + 1, "company.com")) {
                    return true;
                }
            }
            Value plan = ctx.getValue("plan");
            if (plan != null && "enterprise".equals(plan.asString())) {
                return true;
            }
            String user = ctx.getTargetingKey();
            if (user != null && USER_IDS.contains(user)) {
                return true;
            }
            return user != null && !user.isEmpty() && prefix.bucket(user) < threshold;
        }
    }

    /** The same comparison flag-runtime makes for email_domain (ASCII fast path, listed side folded). */
    static boolean equalsIgnoreAsciiCase(String text, int from, String folded) {
        int n = folded.length();
        if (text.length() - from != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(from + i);
            char f = folded.charAt(i);
            if (c != f && (c >= 'A' && c <= 'Z' ? (char) (c + 32) : Character.toLowerCase(c)) != f) {
                return false;
            }
        }
        return true;
    }
}
