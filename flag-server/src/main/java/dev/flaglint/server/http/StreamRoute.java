package dev.flaglint.server.http;

/** {@code GET /flags/stream}: Server-Sent Events on every change (see {@link ChangeStream}). */
final class StreamRoute implements Route {

    private final ChangeStream stream;

    StreamRoute(ChangeStream stream) {
        this.stream = stream;
    }

    @Override
    public void handle(Exchange exchange) {
        stream.open(exchange);
    }
}
