package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.runtime.Evaluation;
import dev.flaglint.runtime.Reason;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.service.ContextReader;
import dev.flaglint.server.service.EvaluationContext;
import dev.flaglint.server.service.FlagEvaluation;
import dev.flaglint.server.service.FlagService;
import dev.flaglint.server.service.InvalidContextException;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /flags/{key}?attribute=value&...&env=}: the simple API, easy to curl. Query parameters are the
 * context ({@code env} picks the environment). Every answer carries {@code "enabled"}, false unless the flag
 * is on (always false for a flag whose values are not booleans: read {@code "value"}), so a naive client fails
 * closed, even on 404 and 400.
 */
final class FlagEvaluateRoute implements Route {

    static final String ENVIRONMENT_PARAMETER = "env";

    private final FlagService service;
    private final ServerMetrics metrics;

    FlagEvaluateRoute(FlagService service, ServerMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    @Override
    public void handle(Exchange exchange) {
        String key = exchange.key();
        Map<String, List<String>> query = exchange.query();
        List<String> env = query.get(ENVIRONMENT_PARAMETER);
        EvaluationContext context;
        try {
            if (env != null && env.size() != 1) {
                throw new InvalidContextException("give 'env' once");
            }
            context = ContextReader.fromQuery(query, ENVIRONMENT_PARAMETER);
        } catch (InvalidContextException e) {
            exchange.json(400, off(key, e.getMessage()));
            return;
        }
        FlagEvaluation result = service.configuration().evaluate(key, context, env == null ? null : env.get(0));
        if (result == null) {
            metrics.evaluation(ServerMetrics.UNDECLARED, Reason.ERROR);
            ObjectNode body = off(key, "flag '" + key + "' is not declared in flags.yaml; declare it there, or fix"
                    + " the key");
            body.put("reason", Reason.ERROR.name());
            body.put("errorCode", "FLAG_NOT_FOUND");
            exchange.json(404, body);
            return;
        }
        Evaluation e = result.evaluation();
        metrics.evaluation(key, e.reason());
        ObjectNode body = Json.object();
        body.put("flag", key);
        body.put("enabled", e.enabled());
        body.set("value", Json.tree(result.value()));
        body.put("variant", result.variant());
        body.put("reason", e.reason().name());
        if (e.isError()) {
            body.put("errorCode", e.errorCode().name());
        }
        exchange.json(200, body);
    }

    private static ObjectNode off(String key, String error) {
        ObjectNode body = Json.object();
        body.put("flag", key);
        body.put("enabled", false);
        body.put("value", false);
        body.put("error", error);
        return body;
    }
}
