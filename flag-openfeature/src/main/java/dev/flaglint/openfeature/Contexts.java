package dev.flaglint.openfeature;

import dev.flaglint.runtime.FlagContext;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.Structure;
import dev.openfeature.sdk.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenFeature evaluation context as the flag-runtime context it means: the targeting key as the attribute
 * {@value FlagContext#TARGETING_KEY} (so a flag that does not say {@code rollout_by} rolls out by {@code user_id},
 * else by the targeting key, exactly as in flag-runtime), text, booleans and numbers as they are, an instant as its
 * ISO-8601 text, structures and lists as maps and lists.
 */
final class Contexts {

    private Contexts() {
    }

    static Map<String, Object> of(EvaluationContext context) {
        if (context == null) {
            return Map.of();
        }
        Map<String, Value> values = context.asUnmodifiableMap();
        Map<String, Object> attributes = new HashMap<>(values.size() * 2 + 2);
        values.forEach((name, value) -> {
            Object plain = plain(value);
            if (name != null && plain != null) {
                attributes.put(name, plain);
            }
        });
        String targetingKey = context.getTargetingKey();
        if (targetingKey != null && !targetingKey.isEmpty()) {
            attributes.put(FlagContext.TARGETING_KEY, targetingKey);
        }
        return attributes;
    }

    private static Object plain(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isInstant()) {
            return value.asInstant().toString();
        }
        if (value.isStructure()) {
            Structure structure = value.asStructure();
            Map<String, Object> map = new HashMap<>();
            structure.asUnmodifiableMap().forEach((k, v) -> map.put(k, plain(v)));
            return map;
        }
        if (value.isList()) {
            List<Object> list = new ArrayList<>();
            value.asList().forEach(v -> list.add(plain(v)));
            return list;
        }
        return value.asObject(); // String, Boolean, Integer, Long or Double
    }
}
