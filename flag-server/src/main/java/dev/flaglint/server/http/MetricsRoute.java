package dev.flaglint.server.http;

/** {@code GET /metrics}: Prometheus text format. */
final class MetricsRoute implements Route {

    private final ServerMetrics metrics;

    MetricsRoute(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Exchange exchange) throws Exception {
        exchange.send(200, ServerMetrics.contentType(), metrics.scrape());
    }
}
