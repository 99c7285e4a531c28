package dev.flaglint.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.server.json.Json;

import java.time.Instant;

/**
 * One committed change, as the audit log keeps it.
 *
 * @param sequence  the change's number; also the flag's new version
 * @param time      when it was committed
 * @param actor     the name of the token that made it
 * @param flag      the flag key
 * @param action    override or reset
 * @param before    the override before, compact JSON, or {@code null} when there was none
 * @param after     the override after, compact JSON, or {@code null} after a reset
 * @param requestId the HTTP request that made it, for matching with the access log
 * @param client    the client's address
 */
public record AuditRecord(long sequence, Instant time, String actor, String flag, AuditAction action,
                          String before, String after, String requestId, String client) {

    /**
     * The record in DESIGN.md's audit format, plus its sequence number: {@code {"sequence", "time", "actor",
     * "flag", "action": "override|reset", "before": {…}, "after": {…}, "requestId", "client"}}.
     */
    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("sequence", sequence);
        node.put("time", time.toString());
        node.put("actor", actor);
        node.put("flag", flag);
        node.put("action", action.wireName());
        node.set("before", before == null ? null : Json.parse(before));
        node.set("after", after == null ? null : Json.parse(after));
        node.put("requestId", requestId);
        node.put("client", client);
        return node;
    }

    /** Reads {@link #toJson()}'s format. @throws IllegalArgumentException when it is not an audit record */
    public static AuditRecord fromJson(JsonNode node) {
        AuditAction action = AuditAction.fromWireName(node.path("action").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown action " + node.path("action")));
        if (!node.path("sequence").canConvertToLong() || !node.path("flag").isTextual()) {
            throw new IllegalArgumentException("not an audit record");
        }
        return new AuditRecord(node.path("sequence").asLong(), Instant.parse(node.path("time").asText()),
                node.path("actor").asText(), node.path("flag").asText(), action, jsonOrNull(node.get("before")),
                jsonOrNull(node.get("after")), node.path("requestId").asText(null), node.path("client").asText(null));
    }

    private static String jsonOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : Json.text(node);
    }
}
