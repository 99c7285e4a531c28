package dev.flaglint.server.http;

import dev.flaglint.server.access.Tokens;
import dev.flaglint.server.service.FlagService;
import dev.flaglint.server.store.StoreHealth;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * The flag service on Jetty 12 (core handlers, no servlets): one connector on the configured address, the
 * {@link Router} behind a {@link GracefulHandler}. {@link #close()} is a graceful stop: change streams are told
 * and ended, requests in flight finish (up to the stop timeout), then the access log is flushed.
 */
public final class FlagHttpServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final ChangeStream changes;
    private final AccessLog accessLog;

    private FlagHttpServer(Server server, ServerConnector connector, ChangeStream changes, AccessLog accessLog) {
        this.server = server;
        this.connector = connector;
        this.changes = changes;
        this.accessLog = accessLog;
    }

    /**
     * Starts listening.
     *
     * @param accessLog where the access log goes, or {@code null} for nowhere
     * @throws Exception when the address cannot be bound
     */
    public static FlagHttpServer start(HttpSettings settings, FlagService service, Tokens tokens, OutputStream accessLog,
                                       Clock clock) throws Exception {
        ChangeStream changes = new ChangeStream(settings.keepAlive());
        service.subscribe(changes);
        ServerMetrics metrics = new ServerMetrics(changes::size,
                () -> service.readiness().store().status() == StoreHealth.Status.OK ? 1 : 0,
                () -> service.readiness().rejected().isPresent() ? 1 : 0);
        Map<Endpoint, Route> routes = new EnumMap<>(Endpoint.class);
        routes.put(Endpoint.OFREP_EVALUATE, new OfrepEvaluateRoute(service, metrics));
        routes.put(Endpoint.OFREP_BULK, new OfrepBulkRoute(service, metrics, settings.environment()));
        routes.put(Endpoint.FLAG_EVALUATE, new FlagEvaluateRoute(service, metrics));
        routes.put(Endpoint.DEFINITIONS, new DefinitionsRoute(service));
        routes.put(Endpoint.STREAM, new StreamRoute(changes));
        routes.put(Endpoint.OVERRIDE_PUT, new PutOverrideRoute(service));
        routes.put(Endpoint.OVERRIDE_GET, new GetOverrideRoute(service));
        routes.put(Endpoint.OVERRIDE_DELETE, new DeleteOverrideRoute(service));
        routes.put(Endpoint.AUDIT, new AuditRoute(service));
        routes.put(Endpoint.HEALTH, new HealthRoute());
        routes.put(Endpoint.READY, new ReadyRoute(service));
        routes.put(Endpoint.METRICS, new MetricsRoute(metrics));
        AccessLog log = new AccessLog(accessLog);
        Router router = new Router(routes, new Authenticator(tokens), new RateLimiter(settings.rateLimit()), metrics,
                log, clock);

        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("flag-server");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        connector.setIdleTimeout(Math.max(60_000, settings.keepAlive().toMillis() * 4));
        // At a stop, idle keep-alive connections are closed this soon (Jetty waits a second by default).
        connector.setShutdownIdleTimeout(100);
        server.addConnector(connector);
        server.setHandler(new GracefulHandler(router));
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        server.setStopTimeout(settings.stopTimeout().toMillis());
        server.setStopAtShutdown(false); // the command line stops it in order: streams, requests, store
        try {
            server.start();
        } catch (Exception e) {
            changes.close();
            log.close();
            server.stop();
            throw e;
        }
        return new FlagHttpServer(server, connector, changes, log);
    }

    /** The port listened on (the one chosen when 0 was asked). */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://host:port}. */
    public URI uri() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    @Override
    public void close() throws Exception {
        changes.close();
        try {
            server.stop();
        } finally {
            accessLog.close();
        }
    }
}
