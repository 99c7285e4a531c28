package dev.flaglint.runtime.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flaglint.model.Metadata;
import dev.flaglint.runtime.ErrorCode;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.Reason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OFREP's JSON (protocol 0.3.0) as the client speaks it: a context as a request body, in a canonical form (names
 * sorted) that also keys the cache, and an answer as an {@link Answer}.
 */
final class Ofrep {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Ofrep() {
    }

    /**
     * The evaluation of one flag the service gave: a success ({@code evaluation} set) or a failure ({@code error}
     * set); {@code metadata} when the service sent the flag's owner, expiry and ticket.
     */
    record Answer(Evaluation evaluation, ErrorCode error, Metadata metadata) {

        /** The answer for a caller whose default is {@code defaultValue}. */
        Evaluation evaluation(boolean defaultValue) {
            return evaluation != null ? evaluation : Evaluation.error(error, defaultValue);
        }
    }

    /**
     * The context as canonical JSON text: attributes sorted by name; text, booleans and numbers as they are, other
     * values as their {@code toString()}, {@code null} ones left out. Throws what the map or a value throws.
     */
    static String context(Map<String, ?> context) {
        Map<String, Object> sorted = new TreeMap<>();
        if (context != null) {
            for (Map.Entry<String, ?> e : context.entrySet()) {
                if (e.getKey() != null && e.getValue() != null) {
                    sorted.put(e.getKey(), plain(e.getValue()));
                }
            }
        }
        try {
            return JSON.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a context of text, numbers and booleans is always JSON", e);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())
                || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return value.toString();
        }
        return value instanceof Number ? value : value.toString();
    }

    /** The request body for a context in canonical form. */
    static byte[] body(String contextJson) {
        return ("{\"context\":" + contextJson + "}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The answer in an OFREP body: a success item ({@code value}, {@code variant}, {@code reason}) or a failure
     * ({@code errorCode}); {@code null} when the body is neither.
     */
    static Answer answer(byte[] body) {
        try {
            return answer(JSON.readTree(body));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every item of a bulk answer ({@code {"flags": [...]}}) by flag key; items without a key are left out. */
    static Map<String, Answer> answers(byte[] body) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        try {
            for (JsonNode item : JSON.readTree(body).path("flags")) {
                Answer answer = answer(item);
                if (answer != null && item.path("key").isTextual()) {
                    answers.put(item.get("key").textValue(), answer);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return answers;
    }

    private static Answer answer(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        Metadata metadata = metadata(node.path("metadata"));
        if (node.has("errorCode")) {
            return new Answer(null, errorCode(node.path("errorCode").asText()), metadata);
        }
        if (!node.has("value")) {
            return null;
        }
        JsonNode variant = node.path("variant");
        Evaluation evaluation = Evaluation.of(value(node.get("value")),
                variant.isTextual() ? variant.textValue() : null, reason(node.path("reason").asText()),
                Evaluation.NO_RULE);
        return new Answer(evaluation, null, metadata);
    }

    private static ErrorCode errorCode(String code) {
        for (ErrorCode c : ErrorCode.values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return ErrorCode.GENERAL;
    }

    /** OFREP's reasons that flag-runtime has; any other (a service's CACHED, UNKNOWN) reads as DEFAULT. */
    private static Reason reason(String reason) {
        for (Reason r : Reason.values()) {
            if (r != Reason.ERROR && r.name().equals(reason)) {
                return r;
            }
        }
        return Reason.DEFAULT;
    }

    /** A JSON value as flag-runtime holds a variant's: whole numbers as Integer, else Long, else Double. */
    static Object value(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue()
                    : node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), value(e.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(value(item)));
            return Collections.unmodifiableList(list);
        }
        return null;
    }

    /** OFREP's flat metadata: owner, expires (or permanent), ticket; {@code null} when it has none of them. */
    private static Metadata metadata(JsonNode node) {
        if (!node.isObject() || !(node.has("owner") || node.has("expires") || node.has("ticket"))) {
            return null;
        }
        LocalDate expires = null;
        try {
            expires = node.path("expires").isTextual() ? LocalDate.parse(node.get("expires").textValue()) : null;
        } catch (DateTimeParseException e) {
            // not a date: left out, as a flags file's invalid date would be
        }
        return new Metadata(null, text(node, "owner"), null, expires, text(node, "ticket"),
                node.path("permanent").asBoolean(false));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }
}
