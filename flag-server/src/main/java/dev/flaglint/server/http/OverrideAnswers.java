package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.service.ChangeOrigin;
import dev.flaglint.server.service.FieldProblem;
import dev.flaglint.server.service.OverrideResult;

/** The JSON answers of the override endpoints, shared by PUT, GET and DELETE. */
final class OverrideAnswers {

    private OverrideAnswers() {
    }

    /** {@code {"flag", "version", "override": {…} | null}} with the version as {@code ETag}. */
    static void state(Exchange exchange, int status, String key, long version, String override) {
        ObjectNode body = Json.object();
        body.put("flag", key);
        body.put("version", version);
        body.set("override", override == null ? null : Json.parse(override));
        exchange.header("ETag", ETags.quote(Long.toString(version)));
        exchange.json(status, body);
    }

    static ChangeOrigin origin(Exchange exchange) {
        return new ChangeOrigin(exchange.caller().name(), exchange.requestId(), exchange.client());
    }

    /** The answers every change can get besides success. */
    static void refusal(Exchange exchange, OverrideResult result) {
        String key = exchange.key();
        if (result instanceof OverrideResult.NotDeclared) {
            exchange.error(404, "flag '" + key + "' is not declared in flags.yaml; declare it there (with owner,"
                    + " dates and ticket) and deploy it, then it can be overridden here");
        } else if (result instanceof OverrideResult.Invalid invalid) {
            ObjectNode body = Json.object();
            body.put("error", "the override of flag '" + key + "' is not valid: " + invalid.problems().size()
                    + " problem(s); nothing was changed");
            ArrayNode problems = body.putArray("problems");
            for (FieldProblem p : invalid.problems()) {
                problems.addObject().put("path", p.path()).put("message", p.message());
            }
            exchange.json(400, body);
        } else if (result instanceof OverrideResult.Conflict conflict) {
            ObjectNode body = Json.object();
            body.put("error", "flag '" + key + "' has changed: it is at version " + conflict.currentVersion()
                    + ", not the one in If-Match; read it again (GET /flags/" + key + "/override) and retry");
            body.put("version", conflict.currentVersion());
            exchange.header("ETag", ETags.quote(Long.toString(conflict.currentVersion())));
            exchange.json(412, body);
        } else if (result instanceof OverrideResult.NoOverride none) {
            ObjectNode body = Json.object();
            body.put("error", "flag '" + key + "' has no override; it already evaluates as flags.yaml says");
            body.put("version", none.currentVersion());
            exchange.json(404, body);
        } else {
            throw new IllegalStateException("not a refusal: " + result);
        }
    }
}
