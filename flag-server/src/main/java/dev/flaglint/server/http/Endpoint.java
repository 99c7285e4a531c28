package dev.flaglint.server.http;

import dev.flaglint.server.access.Scope;

/**
 * Every route the server answers, with the scope it needs ({@code null}: open) and the shape of its errors.
 * The label names it in metrics and the access log.
 */
public enum Endpoint {
    OFREP_EVALUATE("ofrep_evaluate", "POST", Scope.EVALUATE, true),
    OFREP_BULK("ofrep_bulk", "POST", Scope.EVALUATE, true),
    FLAG_EVALUATE("flag_evaluate", "GET", Scope.EVALUATE, false),
    DEFINITIONS("definitions", "GET", Scope.SDK, false),
    STREAM("stream", "GET", Scope.EVALUATE, false),
    OVERRIDE_PUT("override_put", "PUT", Scope.ADMIN, false),
    OVERRIDE_GET("override_get", "GET", Scope.ADMIN, false),
    OVERRIDE_DELETE("override_delete", "DELETE", Scope.ADMIN, false),
    AUDIT("audit", "GET", Scope.ADMIN, false),
    HEALTH("healthz", "GET", null, false),
    READY("readyz", "GET", null, false),
    METRICS("metrics", "GET", null, false);

    private final String label;
    private final String method;
    private final Scope scope;
    private final boolean ofrep;

    Endpoint(String label, String method, Scope scope, boolean ofrep) {
        this.label = label;
        this.method = method;
        this.scope = scope;
        this.ofrep = ofrep;
    }

    public String label() {
        return label;
    }

    public String method() {
        return method;
    }

    /** The scope a token needs, or {@code null} for an open endpoint. */
    public Scope scope() {
        return scope;
    }

    /** OFREP endpoints answer 401/403/429 without a body and errors in OFREP's shapes. */
    public boolean isOfrep() {
        return ofrep;
    }
}
