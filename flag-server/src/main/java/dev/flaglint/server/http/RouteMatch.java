package dev.flaglint.server.http;

import java.util.List;

/**
 * Where a method and path lead.
 *
 * @param endpoint the endpoint, or {@code null} when none matched
 * @param key      the flag key in the path, or {@code null}
 * @param allowed  for a path that exists with other methods: those methods (for 405); else empty
 */
record RouteMatch(Endpoint endpoint, String key, List<String> allowed) {

    private static final String OFREP_FLAGS = "/ofrep/v1/evaluate/flags";
    private static final String OVERRIDE_SUFFIX = "/override";

    /** Matches {@code path} (decoded) and {@code method} against the routes of DESIGN.md. */
    static RouteMatch of(String method, String path) {
        if (path.equals(OFREP_FLAGS)) {
            return one(method, Endpoint.OFREP_BULK, null);
        }
        if (path.startsWith(OFREP_FLAGS + "/")) {
            return keyed(method, path.substring(OFREP_FLAGS.length() + 1), Endpoint.OFREP_EVALUATE);
        }
        switch (path) {
            case "/flags":
                return one(method, Endpoint.DEFINITIONS, null);
            case "/flags/stream":
                return one(method, Endpoint.STREAM, null);
            case "/audit":
                return one(method, Endpoint.AUDIT, null);
            case "/healthz":
                return one(method, Endpoint.HEALTH, null);
            case "/readyz":
                return one(method, Endpoint.READY, null);
            case "/metrics":
                return one(method, Endpoint.METRICS, null);
            default:
                break;
        }
        if (path.startsWith("/flags/")) {
            String rest = path.substring("/flags/".length());
            if (rest.endsWith(OVERRIDE_SUFFIX)) {
                return keyed(method, rest.substring(0, rest.length() - OVERRIDE_SUFFIX.length()),
                        Endpoint.OVERRIDE_GET, Endpoint.OVERRIDE_DELETE);
            }
            return keyed(method, rest, Endpoint.FLAG_EVALUATE, Endpoint.OVERRIDE_PUT);
        }
        return new RouteMatch(null, null, List.of());
    }

    private static RouteMatch keyed(String method, String key, Endpoint... endpoints) {
        if (key.isEmpty() || key.indexOf('/') >= 0) {
            return new RouteMatch(null, null, List.of());
        }
        for (Endpoint e : endpoints) {
            if (e.method().equals(method)) {
                return new RouteMatch(e, key, List.of());
            }
        }
        return new RouteMatch(null, key, java.util.Arrays.stream(endpoints).map(Endpoint::method).toList());
    }

    private static RouteMatch one(String method, Endpoint endpoint, String key) {
        return endpoint.method().equals(method) ? new RouteMatch(endpoint, key, List.of())
                : new RouteMatch(null, key, List.of(endpoint.method()));
    }
}
