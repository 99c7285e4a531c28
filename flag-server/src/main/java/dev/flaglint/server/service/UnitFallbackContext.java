package dev.flaglint.server.service;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A context in which the rollout attribute, when absent, reads as the targeting key (DESIGN.md: the targeting
 * key is the default rollout unit; {@code rollout_by} wins when the context has it). A view: nothing is copied
 * unless someone iterates it.
 */
final class UnitFallbackContext extends AbstractMap<String, Object> {

    private final Map<String, Object> attributes;
    private final String unitAttribute;
    private final String targetingKey;

    UnitFallbackContext(Map<String, Object> attributes, String unitAttribute, String targetingKey) {
        this.attributes = attributes;
        this.unitAttribute = unitAttribute;
        this.targetingKey = targetingKey;
    }

    @Override
    public Object get(Object key) {
        Object value = attributes.get(key);
        return value == null && unitAttribute.equals(key) ? targetingKey : value;
    }

    @Override
    public boolean containsKey(Object key) {
        return attributes.containsKey(key) || unitAttribute.equals(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> copy = new HashMap<>(attributes);
        copy.putIfAbsent(unitAttribute, targetingKey);
        return copy.entrySet();
    }
}
