package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.service.FlagConfiguration;
import dev.flaglint.server.service.FlagEvaluation;
import dev.flaglint.server.service.FlagService;

/**
 * {@code POST /ofrep/v1/evaluate/flags}: every flag for one context. The {@code ETag} is a hash of the
 * configuration version and the canonical context, so a matching {@code If-None-Match} is answered 304
 * without evaluating anything.
 */
final class OfrepBulkRoute implements Route {

    private final FlagService service;
    private final ServerMetrics metrics;
    private final String environment;

    OfrepBulkRoute(FlagService service, ServerMetrics metrics, String environment) {
        this.service = service;
        this.metrics = metrics;
        this.environment = environment == null ? "" : environment;
    }

    @Override
    public void handle(Exchange exchange) throws Exception {
        RequestBody body = RequestBody.readOrRefuse(exchange, null);
        if (body == null) {
            return;
        }
        FlagConfiguration config = service.configuration();
        String etag = ETags.hashed(config.version(), environment, body.raw() == null ? "{}" : Json.canonical(body.raw()));
        exchange.header("ETag", etag);
        exchange.header("Cache-Control", "no-cache");
        if (ETags.matches(exchange.header("If-None-Match"), etag)) {
            exchange.empty(304);
            return;
        }
        ObjectNode root = Json.object();
        ArrayNode flags = root.putArray("flags");
        for (String key : config.keys()) {
            FlagEvaluation result = config.evaluate(key, body.context(), null);
            metrics.evaluation(key, result.evaluation().reason());
            flags.add(OfrepAnswers.answer(result));
        }
        root.putObject("metadata").put("version", config.version());
        ObjectNode stream = root.putArray("eventStreams").addObject();
        stream.put("type", "sse");
        stream.put("url", exchange.absoluteUrl("/flags/stream"));
        exchange.json(200, root);
    }
}
