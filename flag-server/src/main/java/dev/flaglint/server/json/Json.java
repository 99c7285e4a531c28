package dev.flaglint.server.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The server's JSON: exact numbers, strict syntax, canonical form. The mappers are configured once here
 * and never changed afterwards, which is what makes sharing them between threads safe.
 */
public final class Json {

    /** Exact decimals: a rollout of 12.50 or a version operand 2.10 must survive a round trip as written. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(NODES)
            .build();

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(NODES)
            .build();

    private Json() {
    }

    /** A fresh, empty JSON object. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Parses JSON text; a malformed document throws {@link MalformedJsonException} naming line and column. */
    public static JsonNode parse(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJsonException("no JSON value (the body is empty)", 1, 1);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text. */
    public static JsonNode parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses YAML (a flags file) into the same tree model, numbers exact. */
    public static JsonNode parseYaml(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            return node == null || node.isMissingNode() ? NODES.nullNode() : node;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compact JSON bytes. */
    public static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Compact JSON text. */
    public static String text(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /**
     * A flag's value as a tree: a Boolean, String, Integer/Long/Double, or a Map (with lists inside) as the
     * runtime holds it; {@code null} is JSON null.
     */
    public static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    /** The mapper, for streaming writers. */
    public static ObjectMapper mapper() {
        return JSON;
    }

    /**
     * The canonical text of a tree: object keys sorted at every level, no spaces. Two contexts that differ
     * only in key order have the same canonical text (and so the same ETag).
     */
    public static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder(64);
        appendCanonical(node, out);
        return out.toString();
    }

    private static void appendCanonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            fields.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                quote(fields.get(i).getKey(), out).append(':');
                appendCanonical(fields.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> items = node.elements();
            boolean first = true;
            while (items.hasNext()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendCanonical(items.next(), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            quote(node.textValue(), out);
        } else if (node.isBoolean() || node.isNull() || node.isIntegralNumber()) {
            out.append(node.asText()); // true, false, null, digits: what the tree's JSON text says
        } else {
            out.append(node); // a floating-point number: Jackson's own text for it
        }
    }

    /**
     * A JSON string literal, as Jackson writes it. By hand rather than through a tree's {@code toString()}: this
     * runs for every key and text of every bulk request's context, and a writer per string cost more than the
     * rest of a 304 answer.
     */
    private static StringBuilder quote(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        return out.append('"');
    }

    private static MalformedJsonException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage();
        // Jackson appends a source description and a second explanatory line; the first line says what broke.
        message = message.lines().findFirst().orElse(message).strip();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new MalformedJsonException(message, line, column);
    }
}
