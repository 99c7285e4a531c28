package dev.flaglint.benchmarks;

import dev.flaglint.runtime.Bucketing;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Value;
import dev.openfeature.sdk.providers.memory.ContextEvaluator;
import dev.openfeature.sdk.providers.memory.Flag;
import dev.openfeature.sdk.providers.memory.InMemoryProvider;

import java.util.Map;
import java.util.Set;

/**
 * The OpenFeature Java SDK with its InMemoryProvider, no hooks, evaluating the benchmark's flags. Its rule flags use
 * context evaluators that make the same checks as {@code bench-flags.yaml} and the same murmur3 bucketing
 * (flag-runtime's {@code Bucketing.Prefix}, key prefix precomputed, the same ASCII case-insensitive domain compare),
 * so what differs from flag-runtime is the SDK's own overhead, not a slower rollout.
 */
final class OpenFeaturePeer {

    private final Client client;

    OpenFeaturePeer() {
        Map<String, Flag<?>> flags = Map.of(
                "dark-mode", Flag.<Boolean>builder().variant("on", true).variant("off", false)
                        .defaultVariant("on").build(),
                "new-checkout", Flag.<Boolean>builder().variant("on", true).variant("off", false)
                        .defaultVariant("off").contextEvaluator(new ThreeRulesAndRollout("new-checkout", 10)).build(),
                "beta-search", Flag.<Boolean>builder().variant("on", true).variant("off", false)
                        .defaultVariant("off").contextEvaluator(new RuleAndRollout("beta-search", 10)).build(),
                "checkout-button", Flag.<String>builder().variant("control", "blue").variant("green", "green")
                        .variant("orange", "orange").defaultVariant("control")
                        .contextEvaluator(new RuleAndWeights("checkout-button")).build());
        OpenFeatureAPI api = OpenFeatureAPI.getInstance();
        try {
            api.setProviderAndWait(new InMemoryProvider(flags));
        } catch (Exception e) {
            throw new IllegalStateException("the in-memory provider did not start", e);
        }
        client = api.getClient();
    }

    /** The benchmark's user as OpenFeature sees it: the targeting key and two attributes. */
    static EvaluationContext context(String user, String plan, String email) {
        return new ImmutableContext(user, Map.of("plan", new Value(plan), "email", new Value(email)));
    }

    boolean isEnabled(String flag, EvaluationContext context) {
        return client.getBooleanValue(flag, false, context);
    }

    String stringValue(String flag, EvaluationContext context, String fallback) {
        return client.getStringValue(flag, fallback, context);
    }

    /** A boolean flag's 10 % rollout by targeting key, with flag-runtime's bucketing. */
    abstract static class Rollout implements ContextEvaluator<Boolean> {
        private final Bucketing.Prefix prefix;
        private final int threshold;

        Rollout(String key, double percent) {
            this.prefix = Bucketing.Prefix.of(key);
            this.threshold = Bucketing.threshold(percent);
        }

        /** Whether the targeting key is in the rollout (a context without one is not). */
        boolean rolledOut(EvaluationContext ctx) {
            String user = ctx.getTargetingKey();
            return user != null && !user.isEmpty() && prefix.bucket(user) < threshold;
        }
    }

    /** beta-search's rule and 10 % rollout by targeting key, written against OpenFeature's context API. */
    static final class RuleAndRollout extends Rollout {
        RuleAndRollout(String key, double percent) {
            super(key, percent);
        }

        @Override
        public Boolean evaluate(Flag flag, EvaluationContext ctx) {
            return isEnterprise(ctx) || rolledOut(ctx);
        }
    }

    /** new-checkout's three rules and 10 % rollout by targeting key, written against OpenFeature's context API. */
    static final class ThreeRulesAndRollout extends Rollout {
        private static final Set<String> USER_IDS = Set.of("123", "456", "789");

        ThreeRulesAndRollout(String key, double percent) {
            super(key, percent);
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
            String user = ctx.getTargetingKey();
            return isEnterprise(ctx) || (user != null && USER_IDS.contains(user)) || rolledOut(ctx);
        }
    }

    /** checkout-button's rule (enterprise: green) and its 50/25/25 weights by targeting key. */
    static final class RuleAndWeights implements ContextEvaluator<String> {
        private final Bucketing.Prefix prefix;

        RuleAndWeights(String key) {
            this.prefix = Bucketing.Prefix.of(key);
        }

        @Override
        public String evaluate(Flag flag, EvaluationContext ctx) {
            if (isEnterprise(ctx)) {
                return "green";
            }
            String user = ctx.getTargetingKey();
            if (user == null || user.isEmpty()) {
                return "blue";
            }
            int bucket = prefix.bucket(user);
            return bucket < 5000 ? "blue" : bucket < 7500 ? "green" : "orange";
        }
    }

    private static boolean isEnterprise(EvaluationContext ctx) {
        Value plan = ctx.getValue("plan");
        return plan != null && "enterprise".equals(plan.asString());
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
