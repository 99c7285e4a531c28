package dev.flaglint.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Jackson token stream into a {@link Node} tree with positions. Duplicate mapping keys
 * (which YAML forbids but parsers silently collapse) are reported, and the first one is kept. The
 * {@link Limits} on names, values and nesting are checked as each token arrives, so an oversized part stops
 * the reading at once; YAML aliases, which Jackson would hand over as the alias's bare name, are refused.
 */
final class TreeReader {

    /** Numbers longer than this are not decoded (decoding a long integer takes time growing with its square). */
    static final int MAX_NUMBER_LENGTH = 1000;

    /** Why the file cannot be read on: a limit was crossed, or a construct is not supported. */
    static final class Refused extends Exception {
        private final transient Position position;

        Refused(Position position, String message) {
            super(message, null, false, false);
            this.position = position;
        }

        Position position() {
            return position;
        }
    }

    /** Reports a duplicate key: its position, the key, and where it was first written. */
    interface DuplicateKeyListener {
        void duplicate(Position at, String key, Position first, List<String> path);
    }

    private final JsonParser parser;
    private final DuplicateKeyListener duplicates;

    TreeReader(JsonParser parser, DuplicateKeyListener duplicates) {
        this.parser = parser;
        this.duplicates = duplicates;
    }

    /** The document's root, or {@code null} for an empty document. */
    Node read() throws IOException, Refused {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        Node root = readValue(new ArrayList<>());
        if (parser.nextToken() != null) {
            // A second YAML document (after '---') or a second JSON value would otherwise be silently ignored.
            throw new Refused(position(parser.currentTokenLocation()), "a second document (after a '---' line or a"
                    + " first JSON value) starts here; a flags file holds one: merge it into the first, or delete it");
        }
        return root;
    }

    private Node readValue(List<String> path) throws IOException, Refused {
        Position at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new Refused(at, "an alias ('*" + parser.getText() + "') cannot be used in a flags file; write the"
                    + " value out in full");
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
                && parser.getParsingContext().getNestingDepth() > Limits.MAX_NESTING_DEPTH) {
            throw new Refused(at, "mappings and lists nested deeper than " + Limits.MAX_NESTING_DEPTH
                    + " levels; a flags file needs about ten");
        }
        switch (token) {
            case START_OBJECT:
                return readMapping(at, path);
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    path.add("[" + index++ + "]");
                    items.add(readValue(path));
                    path.remove(path.size() - 1);
                }
                return new Node.Sequence(at, List.copyOf(items));
            }
            case VALUE_STRING:
                return new Node.Scalar(at, text(at), parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(at);
            case VALUE_TRUE:
                return new Node.Scalar(at, Boolean.TRUE, parser.getText());
            case VALUE_FALSE:
                return new Node.Scalar(at, Boolean.FALSE, parser.getText());
            case VALUE_NULL:
                return new Node.Scalar(at, null, "null");
            default:
                // Embedded objects and the like do not occur in YAML or JSON text; keep the text.
                return new Node.Scalar(at, text(at), parser.getText());
        }
    }

    /** The current string, refused when longer than {@link Limits#MAX_STRING_LENGTH}. */
    private String text(Position at) throws IOException, Refused {
        String text = parser.getText();
        if (text != null && text.length() > Limits.MAX_STRING_LENGTH) {
            throw new Refused(at, "a value of " + Limits.count(text.length()) + " characters; values may have at"
                    + " most " + Limits.count(Limits.MAX_STRING_LENGTH));
        }
        return text;
    }

    /**
     * A number as the reader decodes it. YAML's {@code .inf} and {@code .nan}, which Jackson cannot decode,
     * become the doubles they name (the schema then says they are not finite); a token Jackson calls a number
     * but cannot decode (YAML's {@code ._}) stays text.
     */
    private Node number(Position at) throws IOException, Refused {
        String text = parser.getText();
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new Refused(at, "a number of " + Limits.count(text.length()) + " characters; numbers may have"
                    + " at most " + Limits.count(MAX_NUMBER_LENGTH));
        }
        String special = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (special.equals(".nan")) {
            return new Node.Scalar(at, Double.NaN, text);
        }
        if (special.equals(".inf") || special.equals("+.inf") || special.equals("-.inf")) {
            return new Node.Scalar(at, special.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY,
                    text);
        }
        try {
            return new Node.Scalar(at, parser.getNumberValue(), text);
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (JsonProcessingException e) {
            return new Node.Scalar(at, text, text);
        }
    }

    private Node readMapping(Position at, List<String> path) throws IOException, Refused {
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        Map<String, Position> keyPositions = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
            if (key.length() > Limits.MAX_NAME_LENGTH) {
                throw new Refused(keyAt, "a key of " + Limits.count(key.length()) + " characters; flag keys and field"
                        + " names may have at most " + Limits.MAX_NAME_LENGTH);
            }
            parser.nextToken();
            path.add(key);
            Node value = readValue(path);
            path.remove(path.size() - 1);
            if (entries.containsKey(key)) {
                duplicates.duplicate(keyAt, key, keyPositions.get(key), List.copyOf(path));
            } else {
                entries.put(key, value);
                keyPositions.put(key, keyAt);
            }
        }
        return new Node.Mapping(at, entries, keyPositions);
    }

    static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Position.UNKNOWN;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

}
