package dev.flaglint.server.http;

/** Answers one {@link Endpoint}: maps the request to the service and the result to a response. */
interface Route {

    /** Must send exactly one response through {@code exchange}. */
    void handle(Exchange exchange) throws Exception;
}
