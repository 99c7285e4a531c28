package dev.flaglint.runtime;

import dev.flaglint.model.Targeting;

import java.util.List;
import java.util.Map;

/**
 * A rollout ready to evaluate: the unit attribute, the hash state of {@code flagKey + ":"} and each variant's
 * range of buckets, all computed at load. A boolean flag's {@code rollout: 10} is the variants {@code on}
 * (buckets 0–999) and {@code off} (1000–9999); weights give each variant, in declaration order, the next
 * {@code weight * 100} buckets.
 */
final class CompiledRollout {

    private final String unitAttribute;
    /** Whether a context without the unit attribute is rolled out by its targeting key instead. */
    private final boolean targetingKeyFallback;
    private final Bucketing.Prefix prefix;
    /** For each variant, in declaration order, the first bucket past its range. */
    private final int[] ends;

    private CompiledRollout(String flagKey, Targeting targeting, int[] ends) {
        this.unitAttribute = targeting.rolloutBy().intern(); // see CompiledCondition: literal keys match by identity
        this.targetingKeyFallback = !targeting.rolloutByDeclared();
        this.prefix = Bucketing.Prefix.of(flagKey);
        this.ends = ends;
    }

    /** A boolean flag's percentage: variant 0 ({@code on}) below the threshold, variant 1 ({@code off}) from it. */
    static CompiledRollout percent(String flagKey, Targeting targeting) {
        return new CompiledRollout(flagKey, targeting, new int[] {Bucketing.threshold(targeting.rollout()),
                Bucketing.BUCKETS});
    }

    /** Weights over {@code variants} (declaration order); a variant without a weight gets no buckets. */
    static CompiledRollout weights(String flagKey, Targeting targeting, List<String> variants) {
        int[] ends = new int[variants.size()];
        int end = 0;
        Map<String, Double> weights = targeting.weights();
        for (int i = 0; i < ends.length; i++) {
            end += Bucketing.threshold(weights.getOrDefault(variants.get(i), 0d));
            ends[i] = end;
        }
        return new CompiledRollout(flagKey, targeting, ends);
    }

    /** The unit attribute, for messages. */
    String unitAttribute() {
        return unitAttribute;
    }

    boolean fallsBackToTargetingKey() {
        return targetingKeyFallback;
    }

    /**
     * The unit's value, or {@code null} when the context has none (missing, {@code null} or empty text): such a
     * context is not in the rollout. When the flag does not say {@code rollout_by}, a context without
     * {@code user_id} is rolled out by its targeting key.
     */
    Object unit(Map<String, ?> context) {
        Object unit = context.get(unitAttribute);
        if (unit == null && unitAttribute.equals(CompiledCondition.EMAIL_DOMAIN)) {
            Object email = context.get(CompiledCondition.EMAIL);
            String text = email == null ? "" : email.toString();
            int at = text.lastIndexOf('@');
            unit = at < 0 ? null : text.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
        }
        unit = present(unit);
        if (unit == null && targetingKeyFallback) {
            unit = present(context.get(FlagContext.TARGETING_KEY));
        }
        return unit;
    }

    private static Object present(Object value) {
        return value instanceof String s && s.isEmpty() ? null : value;
    }

    /** The index of the variant whose bucket range holds {@code unit}'s bucket. */
    int variantOf(Object unit) {
        int bucket = prefix.bucket(unit);
        for (int i = 0; i < ends.length; i++) {
            if (bucket < ends[i]) {
                return i;
            }
        }
        return ends.length - 1; // not reached: the last range ends at 10,000
    }
}
