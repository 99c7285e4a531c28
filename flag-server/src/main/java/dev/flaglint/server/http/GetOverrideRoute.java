package dev.flaglint.server.http;

import dev.flaglint.server.service.FlagConfiguration;
import dev.flaglint.server.service.FlagService;
import dev.flaglint.server.store.FlagState;

/**
 * {@code GET /flags/{key}/override}: the flag's override (or {@code null}) and its version, the value to send
 * in {@code If-Match} for a safe read-modify-write.
 */
final class GetOverrideRoute implements Route {

    private final FlagService service;

    GetOverrideRoute(FlagService service) {
        this.service = service;
    }

    @Override
    public void handle(Exchange exchange) {
        FlagConfiguration config = service.configuration();
        FlagState state = config.state(exchange.key());
        if (!config.declares(exchange.key()) && !state.hasOverride()) {
            exchange.error(404, "flag '" + exchange.key() + "' is not declared in flags.yaml");
            return;
        }
        OverrideAnswers.state(exchange, 200, exchange.key(), state.version(), state.override());
    }
}
