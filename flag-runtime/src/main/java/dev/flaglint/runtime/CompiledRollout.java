package dev.flaglint.runtime;

import java.util.Map;

/**
 * A rollout ready to evaluate: the unit attribute, the hash state of {@code flagKey + ":"} and the
 * bucket threshold, all computed at load.
 */
final class CompiledRollout {

    private final String unitAttribute;
    private final Bucketing.Prefix prefix;
    private final int threshold;

    CompiledRollout(String flagKey, String unitAttribute, double percent) {
        this.unitAttribute = unitAttribute.intern(); // see CompiledCondition: literal context keys match by identity
        this.prefix = Bucketing.Prefix.of(flagKey);
        this.threshold = Bucketing.threshold(percent);
    }

    /**
     * The unit's value, or {@code null} when the context has none (missing, {@code null} or empty text):
     * such a context is not in the rollout.
     */
    Object unit(Map<String, ?> context) {
        Object unit = context.get(unitAttribute);
        if (unit == null && unitAttribute.equals(CompiledCondition.EMAIL_DOMAIN)) {
            Object email = context.get(CompiledCondition.EMAIL);
            String text = email == null ? "" : email.toString();
            int at = text.lastIndexOf('@');
            unit = at < 0 ? null : text.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
        }
        if (unit instanceof String s && s.isEmpty()) {
            return null;
        }
        return unit;
    }

    boolean includes(Object unit) {
        return prefix.bucket(unit) < threshold;
    }
}
