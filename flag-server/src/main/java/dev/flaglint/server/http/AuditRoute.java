package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.service.FlagService;
import dev.flaglint.server.store.AuditQuery;
import dev.flaglint.server.store.AuditRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /audit?flag=&since=&limit=}: audit records, newest first. {@code since} is an instant
 * ({@code 2026-12-01T10:00:00Z}) or a date (midnight UTC); {@code limit} 1 to 1000, default 100.
 */
final class AuditRoute implements Route {

    private final FlagService service;

    AuditRoute(FlagService service) {
        this.service = service;
    }

    @Override
    public void handle(Exchange exchange) {
        AuditQuery query;
        try {
            query = query(exchange.query());
        } catch (IllegalArgumentException e) {
            exchange.error(400, e.getMessage());
            return;
        }
        List<AuditRecord> records = service.audit(query);
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("records");
        records.forEach(r -> list.add(r.toJson()));
        exchange.json(200, body);
    }

    private static AuditQuery query(Map<String, List<String>> parameters) {
        for (String name : parameters.keySet()) {
            if (!List.of("flag", "since", "limit").contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "'; use flag, since and limit");
            }
        }
        String flag = single(parameters, "flag");
        String since = single(parameters, "since");
        String limit = single(parameters, "limit");
        return new AuditQuery(flag, since == null ? null : instant(since), limit == null ? AuditQuery.DEFAULT_LIMIT
                : number(limit));
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() != 1) {
            throw new IllegalArgumentException("give '" + name + "' once");
        }
        return values.get(0);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("since must be an ISO-8601 instant (2026-12-01T10:00:00Z) or date"
                        + " (2026-12-01), got '" + text + "'");
            }
        }
    }

    private static int number(String text) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= AuditQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("limit must be a number from 1 to " + AuditQuery.MAX_LIMIT + ", got '"
                + text + "'");
    }
}
