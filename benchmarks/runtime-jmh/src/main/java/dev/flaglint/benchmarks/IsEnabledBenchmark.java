package dev.flaglint.benchmarks;

import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.FeatureFlags;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.Reason;
import dev.openfeature.sdk.EvaluationContext;
import io.getunleash.UnleashContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One flag evaluation per call: flag-runtime (with a {@code Map.of} context and with a {@link FlagContext}) beside
 * two peers, the OpenFeature Java SDK's InMemoryProvider and the Unleash Java SDK, each evaluating equivalent flags
 * ({@code bench-flags.yaml}, {@link OpenFeaturePeer}, {@code bench-unleash.json}). Contexts are built once in setup,
 * as an application builds one per request, outside the flag calls. The cases:
 * <ul>
 * <li>{@code booleanFlag}: on, no rules;</li>
 * <li>{@code ruleAndRollout}: one rule ({@code plan: enterprise}) and a 10 % rollout;</li>
 * <li>{@code threeRulesAndRollout}: three rules ({@code email_domain}, {@code plan}, a {@code user_id} list) and a
 * 10 % rollout;</li>
 * <li>{@code stringVariant}: a string flag, one rule, a rollout weighted 50/25/25 over three variants, read as its
 * value;</li>
 * <li>{@code unknownFlag}: a key no one declares; the caller's default.</li>
 * </ul>
 * The context misses every rule, so the rollout decides: the longest path. Setup checks that every side gives the
 * same answers, for this context and for contexts each rule matches.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class IsEnabledBenchmark {

    /**
     * A user every side puts on the same side of each rollout. Unleash buckets differently from flag-runtime and
     * OpenFeature (which share murmur3 of {@code key:unit} here), so for about one user in five all three agree on
     * all three rollouts; this is one of them. The work does not depend on which answer a rollout gives.
     */
    private static final String USER = "user-11";
    private static final String PLAN = "free";
    private static final String EMAIL = "ann@example.org";

    private FeatureFlags flags;
    private Map<String, Object> context;
    /** The same context in a HashMap, as many frameworks build it: the map's own lookup cost differs. */
    private Map<String, Object> hashMapContext;
    /** The same user as a FlagContext. */
    private FlagContext flagContext;
    private OpenFeaturePeer openFeature;
    private EvaluationContext openFeatureContext;
    private UnleashPeer unleash;
    private UnleashContext unleashContext;

    @Setup(Level.Trial)
    public void setUp() {
        flags = FeatureFlags.fromClasspath("bench-flags.yaml", null);
        if (!flags.problems().isEmpty()) {
            throw new IllegalStateException(flags.problems().toString());
        }
        context = mapContext(USER, PLAN, EMAIL);
        hashMapContext = new HashMap<>(context);
        flagContext = flagContext(USER, PLAN, EMAIL);
        openFeature = new OpenFeaturePeer();
        openFeatureContext = OpenFeaturePeer.context(USER, PLAN, EMAIL);
        unleash = new UnleashPeer();
        unleashContext = UnleashPeer.context(USER, PLAN, EMAIL);
        checkTheSidesAgree();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        unleash.close();
    }

    private static Map<String, Object> mapContext(String user, String plan, String email) {
        return Map.of("user_id", user, "plan", plan, "email", email);
    }

    /**
     * The same attributes as {@link #mapContext}, and the user as the targeting key too: the {@code user_id} rule reads
     * {@code user_id}, and OpenFeature's evaluator checks the targeting key against the same list.
     */
    private static FlagContext flagContext(String user, String plan, String email) {
        return FlagContext.targeting(user).with("user_id", user).with("plan", plan).with("email", email);
    }

    /**
     * Every side answers every flag alike for the benchmark's user (whom the rollout decides) and for users each rule
     * matches; flag-runtime and OpenFeature bucket alike, so they also agree where the rollout decides for those.
     * Unleash buckets its own way (murmur3 of {@code groupId:userId} modulo 100), so it is compared where a rule
     * decides, and for the benchmark's user.
     */
    private void checkTheSidesAgree() {
        check(flags.evaluate("beta-search", context).reason() == Reason.SPLIT, "the rollout decides beta-search");
        check(flags.evaluate("new-checkout", context).reason() == Reason.SPLIT, "the rollout decides new-checkout");
        check(flags.stringDetails("checkout-button", context, "none").reason() == Reason.SPLIT,
                "the rollout decides checkout-button");
        List<List<String>> users = List.of(List.of(USER, PLAN, EMAIL), List.of(USER, "enterprise", EMAIL),
                List.of(USER, PLAN, "eve@Company.com"), List.of("456", PLAN, EMAIL));
        for (List<String> u : users) {
            Map<String, Object> map = mapContext(u.get(0), u.get(1), u.get(2));
            FlagContext flagContext = flagContext(u.get(0), u.get(1), u.get(2));
            EvaluationContext of = OpenFeaturePeer.context(u.get(0), u.get(1), u.get(2));
            UnleashContext un = UnleashPeer.context(u.get(0), u.get(1), u.get(2));
            for (String flag : List.of("dark-mode", "beta-search", "new-checkout", "no-such-flag")) {
                boolean answer = flags.isEnabled(flag, map);
                Evaluation e = flags.evaluate(flag, map);
                check(flags.isEnabled(flag, flagContext) == answer, flag + " with a FlagContext, " + u);
                check(openFeature.isEnabled(flag, of) == answer, flag + " in OpenFeature, " + u);
                if (e.reason() != Reason.SPLIT || u.get(0).equals(USER)) {
                    check(unleash.isEnabled(flag, un) == answer, flag + " in Unleash, " + u);
                }
            }
            String value = flags.stringValue("checkout-button", map, "none");
            check(flags.stringValue("checkout-button", flagContext, "none").equals(value), "checkout-button, " + u);
            check(openFeature.stringValue("checkout-button", of, "none").equals(value),
                    "checkout-button in OpenFeature, " + u);
            if (flags.stringDetails("checkout-button", map, "none").reason() != Reason.SPLIT || u.get(0).equals(USER)) {
                check(unleash.stringValue("checkout-button", un, "none").equals(value),
                        "checkout-button in Unleash, " + u);
            }
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("the sides disagree (" + what + "); the comparison would be unfair");
        }
    }

    // ---- flag-runtime, Map.of context ----------------------------------------------------------------------

    @Benchmark
    public boolean flagLint_booleanFlag() {
        return flags.isEnabled("dark-mode", context);
    }

    @Benchmark
    public boolean flagLint_ruleAndRollout() {
        return flags.isEnabled("beta-search", context);
    }

    @Benchmark
    public boolean flagLint_threeRulesAndRollout() {
        return flags.isEnabled("new-checkout", context);
    }

    @Benchmark
    public String flagLint_stringVariant() {
        return flags.stringValue("checkout-button", context, "blue");
    }

    @Benchmark
    public boolean flagLint_unknownFlag() {
        return flags.isEnabled("no-such-flag", context);
    }

    @Benchmark
    public Evaluation flagLint_ruleAndRollout_evaluate() {
        return flags.evaluate("beta-search", context);
    }

    @Benchmark
    public Evaluation flagLint_stringVariant_details() {
        return flags.stringDetails("checkout-button", context, "blue");
    }

    @Benchmark
    public boolean flagLint_ruleAndRollout_hashMap() {
        return flags.isEnabled("beta-search", hashMapContext);
    }

    // ---- flag-runtime, FlagContext ---------------------------------------------------------------------------

    @Benchmark
    public boolean flagLint_booleanFlag_flagContext() {
        return flags.isEnabled("dark-mode", flagContext);
    }

    @Benchmark
    public boolean flagLint_ruleAndRollout_flagContext() {
        return flags.isEnabled("beta-search", flagContext);
    }

    @Benchmark
    public boolean flagLint_threeRulesAndRollout_flagContext() {
        return flags.isEnabled("new-checkout", flagContext);
    }

    @Benchmark
    public String flagLint_stringVariant_flagContext() {
        return flags.stringValue("checkout-button", flagContext, "blue");
    }

    @Benchmark
    public boolean flagLint_unknownFlag_flagContext() {
        return flags.isEnabled("no-such-flag", flagContext);
    }

    // ---- OpenFeature SDK -------------------------------------------------------------------------------------

    @Benchmark
    public boolean openFeature_booleanFlag() {
        return openFeature.isEnabled("dark-mode", openFeatureContext);
    }

    @Benchmark
    public boolean openFeature_ruleAndRollout() {
        return openFeature.isEnabled("beta-search", openFeatureContext);
    }

    @Benchmark
    public boolean openFeature_threeRulesAndRollout() {
        return openFeature.isEnabled("new-checkout", openFeatureContext);
    }

    @Benchmark
    public String openFeature_stringVariant() {
        return openFeature.stringValue("checkout-button", openFeatureContext, "blue");
    }

    @Benchmark
    public boolean openFeature_unknownFlag() {
        return openFeature.isEnabled("no-such-flag", openFeatureContext);
    }

    // ---- Unleash SDK -----------------------------------------------------------------------------------------

    @Benchmark
    public boolean unleash_booleanFlag() {
        return unleash.isEnabled("dark-mode", unleashContext);
    }

    @Benchmark
    public boolean unleash_ruleAndRollout() {
        return unleash.isEnabled("beta-search", unleashContext);
    }

    @Benchmark
    public boolean unleash_threeRulesAndRollout() {
        return unleash.isEnabled("new-checkout", unleashContext);
    }

    @Benchmark
    public String unleash_stringVariant() {
        return unleash.stringValue("checkout-button", unleashContext, "blue");
    }

    @Benchmark
    public boolean unleash_unknownFlag() {
        return unleash.isEnabled("no-such-flag", unleashContext);
    }
}
