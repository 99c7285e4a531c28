package dev.flaglint.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Jackson token stream into a {@link Node} tree with positions. Duplicate mapping keys
 * (which YAML forbids but parsers silently collapse) are reported, and the first one is kept.
 */
final class TreeReader {

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
    Node read() throws IOException {
        JsonToken token = parser.nextToken();
        return token == null ? null : readValue(new ArrayList<>());
    }

    private Node readValue(List<String> path) throws IOException {
        Position at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
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
                return new Node.Scalar(at, parser.getText(), parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(at, parser.getNumberValue(), parser.getText());
            case VALUE_TRUE:
                return new Node.Scalar(at, Boolean.TRUE, parser.getText());
            case VALUE_FALSE:
                return new Node.Scalar(at, Boolean.FALSE, parser.getText());
            case VALUE_NULL:
                return new Node.Scalar(at, null, "null");
            default:
                // Embedded objects and the like do not occur in YAML or JSON text; keep the text.
                return new Node.Scalar(at, parser.getText(), parser.getText());
        }
    }

    private Node readMapping(Position at, List<String> path) throws IOException {
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        Map<String, Position> keyPositions = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
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
