package dev.flaglint.server.http;

/** {@code GET /healthz}: the process answers. */
final class HealthRoute implements Route {

    private static final byte[] OK = "{\"status\":\"ok\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Override
    public void handle(Exchange exchange) {
        exchange.send(200, Exchange.JSON, OK);
    }
}
