package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.service.FlagService;
import dev.flaglint.server.service.Readiness;
import dev.flaglint.server.store.StoreHealth;

/**
 * {@code GET /readyz}: 200 when flags are loaded and the store is reachable, else 503; the body says why.
 * A refused newer flags file does not make the server unready (the last good version serves; taking every
 * replica out of the load balancer at once would turn a typo into an outage); it is reported as a warning.
 * Nor does a shared database that is away: every replica would go at once, and each still answers from memory.
 */
final class ReadyRoute implements Route {

    private final FlagService service;

    ReadyRoute(FlagService service) {
        this.service = service;
    }

    @Override
    public void handle(Exchange exchange) {
        Readiness r = service.readiness();
        ObjectNode body = Json.object();
        body.put("ready", r.ready());
        ObjectNode flags = body.putObject("flags");
        flags.put("status", r.rejected().isPresent() ? "stale" : "ok");
        flags.put("file", r.flagsFile());
        flags.put("version", r.flagsVersion());
        flags.put("loadedAt", r.loadedAt().toString());
        flags.put("count", r.flagCount());
        ObjectNode store = body.putObject("store");
        store.put("status", r.store().status().wireName());
        store.put("kind", r.store().kind());
        store.put("detail", r.store().detail());
        ArrayNode warnings = body.putArray("warnings");
        r.rejected().ifPresent(v -> warnings.add("a newer version of the flags file was refused (" + v.errors()
                + " error(s)); still serving version " + r.flagsVersion().substring(0, 12) + ". First error: "
                + v.firstProblem()));
        r.orphanOverrides().forEach(key -> warnings.add("flag '" + key + "' has an override but is no longer"
                + " declared; the override does nothing (DELETE /flags/" + key + "/override removes it)"));
        r.invalidOverrides().forEach((key, why) -> warnings.add("the override of flag '" + key + "' is not valid ("
                + why + "); the flag evaluates as the flags file says"));
        if (r.store().status() == StoreHealth.Status.RECONNECTING) {
            warnings.add("the database is unreachable: " + r.store().detail());
        }
        if (!r.ready()) {
            body.put("reason", "the store is unreachable: " + r.store().detail());
        }
        exchange.json(r.ready() ? 200 : 503, body);
    }
}
