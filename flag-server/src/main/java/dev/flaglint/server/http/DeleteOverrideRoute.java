package dev.flaglint.server.http;

import dev.flaglint.server.service.FlagService;
import dev.flaglint.server.service.OverrideResult;

/** {@code DELETE /flags/{key}/override}: back to the file's definition; {@code If-Match} as for PUT. */
final class DeleteOverrideRoute implements Route {

    private final FlagService service;

    DeleteOverrideRoute(FlagService service) {
        this.service = service;
    }

    @Override
    public void handle(Exchange exchange) {
        long expected;
        try {
            expected = ETags.version(exchange.header("If-Match"));
        } catch (IllegalArgumentException e) {
            exchange.error(400, e.getMessage());
            return;
        }
        OverrideResult result = service.resetOverride(exchange.key(), expected, OverrideAnswers.origin(exchange));
        if (result instanceof OverrideResult.Changed changed) {
            OverrideAnswers.state(exchange, 200, exchange.key(), changed.record().sequence(), null);
        } else {
            OverrideAnswers.refusal(exchange, result);
        }
    }
}
