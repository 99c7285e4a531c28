package dev.flaglint.openfeature;

import dev.openfeature.sdk.ImmutableStructure;
import dev.openfeature.sdk.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A flag's value (Boolean, String, Integer/Long/Double, or a Map with lists inside) as OpenFeature's {@link Value}. */
final class Values {

    private Values() {
    }

    static Value of(Object value) {
        if (value == null) {
            return new Value();
        }
        if (value instanceof Boolean b) {
            return new Value(b);
        }
        if (value instanceof String s) {
            return new Value(s);
        }
        if (value instanceof Integer i) {
            return new Value(i);
        }
        if (value instanceof Long l) {
            return new Value(l);
        }
        if (value instanceof Number n) {
            return new Value(n.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Value> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> fields.put(String.valueOf(k), of(v)));
            return new Value(new ImmutableStructure(fields));
        }
        if (value instanceof List<?> list) {
            List<Value> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(of(item)));
            return new Value(items);
        }
        return new Value(value.toString());
    }
}
