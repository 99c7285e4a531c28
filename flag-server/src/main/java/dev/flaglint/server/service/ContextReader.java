package dev.flaglint.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.server.json.Json;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a request's context (an OFREP JSON object, or query parameters) into an {@link EvaluationContext},
 * enforcing the limits: at most {@value #MAX_ATTRIBUTES} attributes, each value at most {@value #MAX_VALUE_BYTES}
 * bytes. Values keep their JSON type (text, number, boolean) because rules compare numbers as numbers; an object
 * or list value becomes its JSON text. {@code null} values are left out.
 */
public final class ContextReader {

    public static final int MAX_ATTRIBUTES = 100;
    public static final int MAX_VALUE_BYTES = 4096;
    public static final String TARGETING_KEY = FlagContext.TARGETING_KEY;

    private ContextReader() {
    }

    /** From OFREP's {@code context} object ({@code null} or missing: empty). */
    public static EvaluationContext fromJson(JsonNode context) {
        if (context == null || context.isNull() || context.isMissingNode()) {
            return EvaluationContext.EMPTY;
        }
        if (!context.isObject()) {
            throw new InvalidContextException("'context' must be a JSON object of attributes, got "
                    + context.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        if (context.size() > MAX_ATTRIBUTES) {
            throw tooMany(context.size());
        }
        Map<String, Object> attributes = new HashMap<>(context.size() * 2);
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (value.isNull()) {
                continue;
            }
            if (name.equals(TARGETING_KEY) && !value.isTextual()) {
                throw new InvalidContextException("'targetingKey' must be a string, got "
                        + value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            }
            Object converted = convert(value);
            checkSize(name, converted);
            attributes.put(name, converted);
        }
        return new EvaluationContext(attributes);
    }

    /** From query parameters, each given once; {@code ignored} names (such as {@code env}) are not attributes. */
    public static EvaluationContext fromQuery(Map<String, List<String>> parameters, String ignored) {
        int count = parameters.size() - (parameters.containsKey(ignored) ? 1 : 0);
        if (count > MAX_ATTRIBUTES) {
            throw tooMany(count);
        }
        Map<String, Object> attributes = new HashMap<>(count * 2);
        for (Map.Entry<String, List<String>> e : parameters.entrySet()) {
            if (e.getKey().equals(ignored)) {
                continue;
            }
            if (e.getValue().size() != 1) {
                throw new InvalidContextException("attribute '" + e.getKey() + "' is given " + e.getValue().size()
                        + " times; give each attribute once");
            }
            String value = e.getValue().get(0);
            checkSize(e.getKey(), value);
            attributes.put(e.getKey(), value);
        }
        return new EvaluationContext(attributes);
    }

    private static Object convert(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.doubleValue(); // as a Java caller of flag-runtime would pass it
        }
        return Json.text(value); // objects and lists: their JSON text
    }

    private static void checkSize(String name, Object value) {
        if (name.length() > MAX_VALUE_BYTES) {
            throw new InvalidContextException("an attribute name is longer than " + MAX_VALUE_BYTES + " bytes");
        }
        if (value instanceof String s && s.length() > MAX_VALUE_BYTES / 3
                && s.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new InvalidContextException("attribute '" + name + "' is longer than " + MAX_VALUE_BYTES
                    + " bytes; flags compare short values such as ids, plans and versions");
        }
    }

    private static InvalidContextException tooMany(int count) {
        return new InvalidContextException("the context has " + count + " attributes; at most " + MAX_ATTRIBUTES
                + " are accepted: send only those the flags use");
    }
}
