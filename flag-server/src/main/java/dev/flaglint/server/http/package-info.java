/**
 * The HTTP face of the service, on Jetty 12's core handlers (no servlets). Takes requests; a
 * {@link dev.flaglint.server.http.Router} maps each to one {@link dev.flaglint.server.http.Endpoint}, checks its token
 * and rate, and hands it to that endpoint's {@link dev.flaglint.server.http.Route}, which only maps parameters to
 * the service and its answer to JSON (OFREP, the simple REST API, overrides, audit, SSE, health, metrics).
 * Gives responses, Prometheus metrics and one access-log line per request. The only package that sees Jetty.
 */
package dev.flaglint.server.http;
