package dev.flaglint.server.http;

import dev.flaglint.server.access.Caller;
import dev.flaglint.server.access.Scope;
import dev.flaglint.server.access.Token;
import dev.flaglint.server.access.Tokens;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the caller of a request from {@code Authorization: Bearer <token>} or {@code X-API-Key: <token>}, and
 * decides whether it may use an endpoint. Without configured tokens (allowed on loopback only) everyone is
 * {@linkplain Caller#ANONYMOUS anonymous}: evaluation and definitions are open, and writes are refused.
 */
final class Authenticator {

    /** Why a request may not proceed. */
    enum Denial { NO_TOKEN, UNKNOWN_TOKEN, SCOPE, NO_TOKENS_CONFIGURED }

    /** The result: a caller, or a denial. */
    record Decision(Caller caller, Denial denial) {
    }

    private final Tokens tokens;

    Authenticator(Tokens tokens) {
        this.tokens = tokens;
    }

    Decision decide(Scope required, String authorization, String apiKey) {
        if (required == null) {
            return new Decision(Caller.ANONYMOUS, null);
        }
        if (tokens.isEmpty()) {
            return Caller.ANONYMOUS.scope().includes(required) ? new Decision(Caller.ANONYMOUS, null)
                    : new Decision(null, Denial.NO_TOKENS_CONFIGURED);
        }
        String presented = presented(authorization, apiKey);
        if (presented == null) {
            return new Decision(null, Denial.NO_TOKEN);
        }
        Optional<Token> token = tokens.authenticate(presented);
        if (token.isEmpty()) {
            return new Decision(null, Denial.UNKNOWN_TOKEN);
        }
        Caller caller = new Caller(token.get().name(), token.get().scope(), false);
        return caller.scope().includes(required) ? new Decision(caller, null) : new Decision(caller, Denial.SCOPE);
    }

    private static String presented(String authorization, String apiKey) {
        if (authorization != null) {
            String value = authorization.strip();
            if (value.length() > 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
                String token = value.substring(7).strip();
                return token.isEmpty() ? null : token;
            }
        }
        return apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** The message for a REST client; OFREP clients get the status alone. */
    static String message(Denial denial, Scope required, Caller caller) {
        return switch (denial) {
            case NO_TOKEN -> "this endpoint needs a token with scope '" + required.wireName() + "': send"
                    + " 'Authorization: Bearer <token>' or 'X-API-Key: <token>'";
            case UNKNOWN_TOKEN -> "the token is not known to this server";
            case SCOPE -> "token '" + caller.name() + "' has scope '" + caller.scope().wireName() + "'; this endpoint"
                    + " needs '" + required.wireName() + "'";
            case NO_TOKENS_CONFIGURED -> "no tokens are configured, so changes and the audit log are closed; add an"
                    + " admin token: a tokens file (--tokens tokens.yaml with name, scope: admin and the token's"
                    + " sha256) or the environment variable FLAG_SERVER_TOKEN_<NAME>=admin:<token>, then restart";
        };
    }
}
