package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.json.MalformedJsonException;
import dev.flaglint.server.service.FlagService;
import dev.flaglint.server.service.OverrideResult;

/**
 * {@code PUT /flags/{key}}: replaces the flag's evaluation fields with the body; {@code If-Match} makes it
 * conditional on the flag's version.
 */
final class PutOverrideRoute implements Route {

    private final FlagService service;

    PutOverrideRoute(FlagService service) {
        this.service = service;
    }

    @Override
    public void handle(Exchange exchange) throws Exception {
        long expected;
        JsonNode body;
        try {
            expected = ETags.version(exchange.header("If-Match"));
            body = Json.parse(exchange.body());
        } catch (IllegalArgumentException | MalformedJsonException e) {
            exchange.discardBody(); // a bad If-Match is refused before the body is read
            exchange.error(400, e.getMessage());
            return;
        }
        OverrideResult result = service.putOverride(exchange.key(), body, expected, OverrideAnswers.origin(exchange));
        if (result instanceof OverrideResult.Changed changed) {
            OverrideAnswers.state(exchange, 200, exchange.key(), changed.record().sequence(), changed.record().after());
        } else {
            OverrideAnswers.refusal(exchange, result);
        }
    }
}
