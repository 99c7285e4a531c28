package dev.flaglint.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaglint.server.json.Json;
import dev.flaglint.server.json.MalformedJsonException;
import dev.flaglint.server.service.ContextReader;
import dev.flaglint.server.service.EvaluationContext;
import dev.flaglint.server.service.InvalidContextException;

import java.io.IOException;

/**
 * An OFREP request body, read: {@code {"context": {...}}}; an empty body is an empty context. Parsing errors
 * and context limits surface as exceptions the routes turn into OFREP's 400 answers.
 *
 * @param context the checked context
 * @param raw     the {@code context} object as sent (for the bulk ETag), or {@code null}
 */
record RequestBody(EvaluationContext context, JsonNode raw) {

    /**
     * Reads the exchange's body; when it is malformed or breaks a limit, answers OFREP's 400 ({@code key}: the
     * flag, or {@code null} for the bulk endpoint) and returns {@code null}.
     */
    static RequestBody readOrRefuse(Exchange exchange, String key) throws IOException {
        try {
            return read(exchange.body());
        } catch (MalformedJsonException e) {
            exchange.json(400, OfrepAnswers.failure(key, OfrepAnswers.PARSE_ERROR, e.getMessage(), null));
        } catch (InvalidContextException e) {
            exchange.json(400, OfrepAnswers.failure(key, OfrepAnswers.INVALID_CONTEXT, e.getMessage(), null));
        }
        return null;
    }

    static RequestBody read(byte[] body) {
        if (isBlank(body)) {
            return new RequestBody(EvaluationContext.EMPTY, null);
        }
        JsonNode root = Json.parse(body); // MalformedJsonException: PARSE_ERROR
        if (!root.isObject()) {
            throw new InvalidContextException(
                    "the body must be a JSON object: {\"context\": {\"targetingKey\": \"...\", ...}}");
        }
        JsonNode context = root.get("context");
        return new RequestBody(ContextReader.fromJson(context), context);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
