package dev.flaglint.server.http;

import dev.flaglint.runtime.Reason;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

/**
 * The server's Prometheus metrics, in a registry of its own (no global state): requests by route and status,
 * request latency by route, evaluations by flag and reason, the open change streams, and whether the store is
 * reachable and a newer flags file refused. Data points are
 * looked up once and kept, so counting costs a map lookup and an atomic add.
 */
final class ServerMetrics {

    /** Evaluations of keys that are not declared share one label: clients must not grow the series. */
    static final String UNDECLARED = "_undeclared";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram latency;
    private final Counter evaluations;
    private final Map<Endpoint, DistributionDataPoint> latencyByRoute = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Map<Integer, CounterDataPoint>> requestsByRoute = new EnumMap<>(Endpoint.class);
    private final Map<String, CounterDataPoint[]> evaluationsByFlag = new ConcurrentHashMap<>();

    /**
     * @param openStreams    the open change streams
     * @param storeReachable 1 while the store is reachable, else 0
     * @param flagsRefused   1 while a newer flags file is refused and the last good one serves, else 0
     */
    ServerMetrics(DoubleSupplier openStreams, DoubleSupplier storeReachable, DoubleSupplier flagsRefused) {
        requests = Counter.builder().name("flag_server_requests_total")
                .help("HTTP requests by route and status").labelNames("route", "status").register(registry);
        latency = Histogram.builder().name("flag_server_request_duration_seconds").unit(Unit.SECONDS)
                .help("Time from request to complete response, by route").labelNames("route")
                .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
                .classicOnly().register(registry);
        evaluations = Counter.builder().name("flag_server_evaluations_total")
                .help("Flag evaluations by flag and reason (ERROR includes unknown flags)")
                .labelNames("flag", "reason").register(registry);
        GaugeWithCallback.builder().name("flag_server_streams").help("Open change streams (SSE)")
                .callback(callback -> callback.call(openStreams.getAsDouble())).register(registry);
        // /readyz stays 200 through both (each replica still answers), so these are what to alert on
        GaugeWithCallback.builder().name("flag_server_store_reachable")
                .help("1 while the store (data directory or database) is reachable, 0 while changes are refused")
                .callback(callback -> callback.call(storeReachable.getAsDouble())).register(registry);
        GaugeWithCallback.builder().name("flag_server_flags_file_refused")
                .help("1 while a newer flags file is refused and the last good one serves, else 0")
                .callback(callback -> callback.call(flagsRefused.getAsDouble())).register(registry);
        for (Endpoint e : Endpoint.values()) {
            latencyByRoute.put(e, latency.labelValues(e.label()));
            requestsByRoute.put(e, new ConcurrentHashMap<>());
        }
    }

    void request(Endpoint endpoint, int status, long nanos) {
        requestsByRoute.get(endpoint).computeIfAbsent(status,
                s -> requests.labelValues(endpoint.label(), Integer.toString(s))).inc();
        latencyByRoute.get(endpoint).observe(nanos / 1e9);
    }

    /** A request that matched no route: counted, not timed. */
    void unmatched(int status) {
        requests.labelValues("none", Integer.toString(status)).inc();
    }

    void evaluation(String flag, Reason reason) {
        CounterDataPoint[] byReason = evaluationsByFlag.computeIfAbsent(flag, f -> new CounterDataPoint[Reason.values().length]);
        CounterDataPoint point = byReason[reason.ordinal()];
        if (point == null) {
            point = evaluations.labelValues(flag, reason.name());
            byReason[reason.ordinal()] = point; // a benign race: two lookups give the same data point
        }
        point.inc();
    }

    /** The metrics in Prometheus text format 0.0.4. */
    byte[] scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return out.toByteArray();
    }

    static String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }
}
