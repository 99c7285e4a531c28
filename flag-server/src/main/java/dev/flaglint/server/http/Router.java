package dev.flaglint.server.http;

import dev.flaglint.server.access.Scope;
import dev.flaglint.server.store.StoreException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request goes through here: route match (404/405), token and scope (401/403), rate limit (429), the
 * route, and on the way out one access-log line and the metrics. An exception a route did not expect becomes
 * a 500 naming the request id (the stack trace goes to the server log, never to the client).
 */
final class Router extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final Map<Endpoint, Route> routes;
    private final Authenticator authenticator;
    private final RateLimiter limiter;
    private final ServerMetrics metrics;
    private final AccessLog accessLog;
    private final Clock clock;

    Router(Map<Endpoint, Route> routes, Authenticator authenticator, RateLimiter limiter, ServerMetrics metrics,
           AccessLog accessLog, Clock clock) {
        this.routes = new EnumMap<>(routes);
        for (Endpoint e : Endpoint.values()) {
            if (!this.routes.containsKey(e)) {
                throw new IllegalArgumentException("no route for " + e);
            }
        }
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.metrics = metrics;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String requestId = requestId(request.getHeaders().get("X-Request-Id"));
        String client = Request.getRemoteAddr(request);
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        RouteMatch match = RouteMatch.of(method, path);
        response.getHeaders().put("X-Request-Id", requestId);
        Exchange[] self = new Exchange[1];
        Callback done = Callback.from(() -> {
            finished(self[0], method, path);
            callback.succeeded();
        }, failure -> {
            finished(self[0], method, path);
            callback.failed(failure);
        });
        Exchange exchange = new Exchange(request, response, done, requestId, client, start, match.endpoint(),
                match.key());
        self[0] = exchange;
        try {
            if (match.endpoint() == null) {
                exchange.discardBody();
                if (!match.allowed().isEmpty()) {
                    exchange.header("Allow", String.join(", ", match.allowed()));
                    exchange.error(405, method + " is not allowed here; use " + String.join(" or ", match.allowed()));
                } else {
                    exchange.error(404, "no such endpoint: " + method + " " + path + " (the endpoints are listed in"
                            + " docs/SERVER.md)");
                }
                return true;
            }
            dispatch(exchange);
        } catch (Throwable failure) {
            fail(exchange, failure);
        }
        return true;
    }

    private void dispatch(Exchange exchange) throws Exception {
        Endpoint endpoint = exchange.endpoint();
        Authenticator.Decision decision = authenticator.decide(endpoint.scope(), exchange.header("Authorization"),
                exchange.header("X-API-Key"));
        if (decision.denial() != null) {
            exchange.discardBody();
            deny(exchange, decision);
            return;
        }
        exchange.caller(decision.caller());
        if (endpoint.scope() != null) {
            String client = decision.caller().anonymous() ? "address " + exchange.client()
                    : "token " + decision.caller().name();
            long wait = limiter.acquire(client, System.nanoTime());
            if (wait > 0) {
                exchange.discardBody();
                exchange.header("Retry-After", Long.toString(wait));
                if (endpoint.isOfrep()) {
                    exchange.empty(429);
                } else {
                    exchange.error(429, "too many requests from " + client + "; retry after " + wait + " s");
                }
                return;
            }
        }
        routes.get(endpoint).handle(exchange);
    }

    private static void deny(Exchange exchange, Authenticator.Decision decision) {
        Endpoint endpoint = exchange.endpoint();
        int status = switch (decision.denial()) {
            case NO_TOKEN, UNKNOWN_TOKEN -> 401;
            case SCOPE, NO_TOKENS_CONFIGURED -> 403;
        };
        if (status == 401) {
            exchange.header("WWW-Authenticate", "Bearer");
        }
        if (endpoint.isOfrep()) {
            exchange.empty(status); // OFREP: 401 and 403 have no body
        } else {
            Scope required = endpoint.scope();
            exchange.error(status, Authenticator.message(decision.denial(), required, decision.caller()));
        }
    }

    private void fail(Exchange exchange, Throwable failure) {
        if (exchange.answered()) {
            LOG.log(Level.WARNING, "request " + exchange.requestId() + " failed after its answer started", failure);
            exchange.done().failed(failure);
            return;
        }
        boolean ofrep = exchange.endpoint() != null && exchange.endpoint().isOfrep();
        if (failure instanceof Exchange.BodyTooLargeException) {
            exchange.discardBody(); // so the client reads the 413 rather than a connection reset mid-upload
            answer(exchange, 413, failure.getMessage() + "; send at most " + Exchange.MAX_BODY_BYTES / 1024 + " KiB",
                    ofrep);
        } else if (failure instanceof StoreException) {
            LOG.log(Level.WARNING, "request {0}: {1}", exchange.requestId(), failure.getMessage());
            exchange.header("Retry-After", "5");
            answer(exchange, 503, failure.getMessage(), ofrep);
        } else if (failure instanceof BadMessageException bad) {
            answer(exchange, 400, "bad request: " + bad.getReason(), ofrep);
        } else {
            LOG.log(Level.ERROR, "request " + exchange.requestId() + " failed", failure);
            answer(exchange, 500, "internal error; the server log has the details under request id "
                    + exchange.requestId(), ofrep);
        }
    }

    private static void answer(Exchange exchange, int status, String message, boolean ofrep) {
        if (ofrep) {
            exchange.json(status, OfrepAnswers.general(message));
        } else {
            exchange.error(status, message);
        }
    }

    private void finished(Exchange exchange, String method, String path) {
        long nanos = System.nanoTime() - exchange.startNanos();
        if (exchange.endpoint() == null) {
            metrics.unmatched(exchange.status());
        } else {
            metrics.request(exchange.endpoint(), exchange.status(), nanos);
        }
        accessLog.log(clock.instant(), exchange.requestId(), exchange.client(), method, path, exchange.endpoint(),
                exchange.status(), nanos, exchange.caller() == null ? null : exchange.caller().name(), exchange.bytes());
    }

    /** The caller's {@code X-Request-Id} when it is sane, else a new random one. */
    private static String requestId(String given) {
        if (given != null && REQUEST_ID.matcher(given).matches()) {
            return given;
        }
        return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }
}
