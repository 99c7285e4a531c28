package dev.flaglint.server.http;

import dev.flaglint.server.service.FlagConfiguration;
import dev.flaglint.server.service.FlagService;

/**
 * {@code GET /flags}: the effective definitions (flags.yaml with the overrides applied) as a flags file in
 * JSON, for SDKs that evaluate locally; {@code ETag} is the configuration version, so polling is a 304.
 */
final class DefinitionsRoute implements Route {

    private final FlagService service;

    DefinitionsRoute(FlagService service) {
        this.service = service;
    }

    @Override
    public void handle(Exchange exchange) {
        FlagConfiguration config = service.configuration();
        String etag = ETags.quote(config.version());
        exchange.header("ETag", etag);
        exchange.header("Cache-Control", "no-cache");
        if (ETags.matches(exchange.header("If-None-Match"), etag)) {
            exchange.empty(304);
            return;
        }
        exchange.send(200, Exchange.JSON, config.definitionsJson());
    }
}
