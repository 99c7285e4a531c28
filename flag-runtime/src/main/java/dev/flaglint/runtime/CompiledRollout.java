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
    /** Whether the unit is {@code email_domain}, which a context without it derives from {@code email}. */
    private final boolean emailDomain;
    /** Whether a context without the unit attribute is rolled out by its targeting key instead. */
    private final boolean targetingKeyFallback;
    private final Bucketing.Prefix prefix;
    /** For each variant, in declaration order, the first bucket past its range. */
    private final int[] ends;

    private CompiledRollout(String flagKey, Targeting targeting, int[] ends) {
        this.unitAttribute = targeting.rolloutBy().intern(); // FlagContext.read finds interned names by identity
        this.emailDomain = unitAttribute.equals(CompiledCondition.EMAIL_DOMAIN);
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

    /** The unit attribute, interned. */
    String unitAttribute() {
        return unitAttribute;
    }

    boolean fallsBackToTargetingKey() {
        return targetingKeyFallback;
    }

    /**
     * The unit's value, or {@code null} when the context has none (missing, {@code null} or empty text): such a
     * context is not in the rollout. {@code raw} is the unit attribute's value in {@code context}, as a rule may
     * already have read it. When the flag does not say {@code rollout_by}, a context without {@code user_id} is
     * rolled out by its targeting key.
     */
    Object unit(Object raw, Map<String, ?> context) {
        if (present(raw)) {
            return raw;
        }
        if (emailDomain && raw == null) {
            Object email = FlagContext.read(context, CompiledCondition.EMAIL);
            String text = email == null ? "" : email.toString();
            int at = text.lastIndexOf('@');
            String domain = at < 0 ? "" : text.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
            if (!domain.isEmpty()) {
                return domain;
            }
        }
        if (targetingKeyFallback) {
            Object key = FlagContext.read(context, FlagContext.TARGETING_KEY);
            if (present(key)) {
                return key;
            }
        }
        return null;
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof String s && s.isEmpty());
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
