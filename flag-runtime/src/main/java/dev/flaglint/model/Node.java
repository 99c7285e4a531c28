package dev.flaglint.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML/JSON value together with where it was written. Jackson's tree model drops locations, and
 * every validation message must name a line, so the parser builds this small tree instead.
 */
sealed interface Node {

    Position position();

    /** A human word for the value's type, for "expected a date, got a list" messages. */
    String typeName();

    /** A string, number, boolean or null; {@code text} is the value as written. */
    record Scalar(Position position, Object value, String text) implements Node {
        @Override
        public String typeName() {
            if (value == null) {
                return "nothing (null)";
            }
            if (value instanceof Boolean) {
                return "a boolean";
            }
            if (value instanceof Number) {
                return "a number";
            }
            return "a string";
        }
    }

    record Sequence(Position position, List<Node> items) implements Node {
        @Override
        public String typeName() {
            return "a list";
        }
    }

    /** A mapping; {@code entries} keep the file's order, {@code keyPositions} where each key was written. */
    record Mapping(Position position, LinkedHashMap<String, Node> entries,
                   Map<String, Position> keyPositions) implements Node {
        @Override
        public String typeName() {
            return "a mapping";
        }

        Position keyPosition(String key) {
            return keyPositions.getOrDefault(key, position);
        }
    }
}
