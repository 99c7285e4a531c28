package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.model.Metadata;
import dev.flaglint.runtime.ErrorCode;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.service.FlagEvaluation;

/**
 * OFREP's JSON shapes (protocol 0.3.0): an evaluation success, an evaluation failure, flag not found. Shared by
 * the single and the bulk endpoint, so both answer a flag the same way.
 */
final class OfrepAnswers {

    static final String FLAG_NOT_FOUND = "FLAG_NOT_FOUND";
    static final String PARSE_ERROR = "PARSE_ERROR";
    static final String INVALID_CONTEXT = "INVALID_CONTEXT";
    static final String TARGETING_KEY_MISSING = "TARGETING_KEY_MISSING";
    static final String GENERAL = "GENERAL";

    private OfrepAnswers() {
    }

    /**
     * The answer for one evaluated flag: a success, or {@code TARGETING_KEY_MISSING} when the flag's rollout
     * needed a unit the context did not have (flag-runtime answers that case "not in the rollout", reason
     * DEFAULT; a remote client is better told, and gets its code default).
     */
    static ObjectNode answer(FlagEvaluation result) {
        Evaluation e = result.evaluation();
        if (result.unitMissing()) {
            String unit = result.rolloutBy();
            return failure(result.key(), TARGETING_KEY_MISSING, "flag '" + result.key() + "' rolls out by '" + unit
                    + (result.targetingKeyStandsIn() ? "', and the context has neither '" + unit + "' nor"
                    + " 'targetingKey'; send a targetingKey" : "', and the context has no '" + unit + "'; send it"
                    + " (the flag names its unit, so the targeting key does not stand in for it)"),
                    result.metadata());
        }
        if (e.isError()) {
            return failure(result.key(), e.errorCode() == ErrorCode.PARSE_ERROR ? PARSE_ERROR
                    : GENERAL, "flag '" + result.key() + "' could not be evaluated (" + e.errorCode() + ")",
                    result.metadata());
        }
        ObjectNode node = Json.object();
        node.put("key", result.key());
        node.set("value", Json.tree(result.value()));
        node.put("variant", result.variant());
        node.put("reason", e.reason().name());
        node.set("metadata", metadata(result.metadata()));
        return node;
    }

    static ObjectNode failure(String key, String errorCode, String details, Metadata metadata) {
        ObjectNode node = Json.object();
        if (key != null) {
            node.put("key", key);
        }
        node.put("errorCode", errorCode);
        node.put("errorDetails", details);
        if (metadata != null) {
            node.set("metadata", metadata(metadata));
        }
        return node;
    }

    static ObjectNode notFound(String key) {
        return failure(key, FLAG_NOT_FOUND, "flag '" + key + "' is not declared in flags.yaml", null);
    }

    /** Flat, as OFREP wants: owner, expires (or permanent), ticket. */
    static ObjectNode metadata(Metadata m) {
        ObjectNode node = Json.object();
        if (m.owner() != null) {
            node.put("owner", m.owner());
        }
        if (m.permanent()) {
            node.put("permanent", true);
        } else if (m.expires() != null) {
            node.put("expires", m.expires().toString());
        }
        if (m.ticket() != null) {
            node.put("ticket", m.ticket());
        }
        return node;
    }

    /** OFREP's 500 body. */
    static ObjectNode general(String details) {
        ObjectNode node = Json.object();
        node.put("errorDetails", details);
        return node;
    }
}
