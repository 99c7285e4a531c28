package dev.flaglint.server.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Json#canonical}: Jackson's own compact text of the tree with every object's keys sorted. */
class CanonicalJsonTest {

    @Test
    void isJacksonsTextOfTheSortedTree() throws Exception {
        List<String> contexts = List.of("{}", "{\"b\":1,\"a\":2}",
                "{\"targetingKey\":\"user-1\",\"plan\":\"enterprise\",\"country\":\"FR\"}",
                "{\"z\":{\"y\":[3,{\"b\":true,\"a\":null}],\"x\":\"\\\"quoted\\\" \\\\ back\\nline\\ttab\\u0001\"}}",
                "{\"név\":\"Zoë 😀\",\"\\u2028\":\"\\u007f\",\"é\":\"</script>\"}",
                "{\"big\":123456789012345678901234567890,\"neg\":-7,\"float\":1.50,\"exp\":1e400,\"small\":-0.0}",
                "{\"list\":[[],[{}],\"\",false]}");
        for (String context : contexts) {
            JsonNode tree = Json.parse(context);
            assertThat(Json.canonical(tree)).as(context)
                    .isEqualTo(Json.mapper().writeValueAsString(sorted(tree)));
        }
    }

    @Test
    void keyOrderDoesNotMatter() {
        assertThat(Json.canonical(Json.parse("{\"a\":{\"d\":1,\"c\":[2]},\"b\":\"x\"}")))
                .isEqualTo(Json.canonical(Json.parse("{\"b\":\"x\",\"a\":{\"c\":[2],\"d\":1}}")))
                .isEqualTo("{\"a\":{\"c\":[2],\"d\":1},\"b\":\"x\"}");
    }

    /** A copy of the tree with each object's fields inserted in key order. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode copy = Json.object();
            names.forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.object().arrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }
}
