package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.runtime.Reason;
import dev.flaglint.server.service.FlagEvaluation;
import dev.flaglint.server.service.FlagService;

/** {@code POST /ofrep/v1/evaluate/flags/{key}}: OFREP's single evaluation. */
final class OfrepEvaluateRoute implements Route {

    private final FlagService service;
    private final ServerMetrics metrics;

    OfrepEvaluateRoute(FlagService service, ServerMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    @Override
    public void handle(Exchange exchange) throws Exception {
        String key = exchange.key();
        RequestBody body = RequestBody.readOrRefuse(exchange, key);
        if (body == null) {
            return;
        }
        FlagEvaluation result = service.configuration().evaluate(key, body.context(), null);
        if (result == null) {
            metrics.evaluation(ServerMetrics.UNDECLARED, Reason.ERROR);
            exchange.json(404, OfrepAnswers.notFound(key));
            return;
        }
        metrics.evaluation(key, result.evaluation().reason());
        ObjectNode answer = OfrepAnswers.answer(result);
        exchange.json(answer.has("errorCode") ? 400 : 200, answer);
    }
}
