package dev.flaglint.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 connection to a test server, written and read by hand: for what an HTTP client hides (when the
 * bytes of a request arrive, whether the connection is reused).
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final BufferedReader in;

    private RawHttp(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /** Connects to the server; a read waits at most {@code timeout}. */
    static RawHttp open(TestServer server, Duration timeout) throws IOException {
        URI base = server.uri("/");
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout((int) timeout.toMillis());
        return new RawHttp(socket);
    }

    /** Sends text (request lines and headers, with their CRLFs) at once. */
    RawHttp send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1), 0, text.length());
    }

    /** Sends part of {@code bytes} at once. */
    RawHttp send(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        out.flush();
        return this;
    }

    /** The next answer's status line, e.g. {@code HTTP/1.1 200 OK}. */
    String statusLine() throws IOException {
        return in.readLine();
    }

    /** Reads the answer's headers and skips its body (by its Content-Length); returns the headers, lower case. */
    List<String> headersAndSkipBody() throws IOException {
        List<String> headers = new ArrayList<>();
        int length = 0;
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            String header = line.toLowerCase(Locale.ROOT);
            headers.add(header);
            if (header.startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).strip());
            }
        }
        for (long left = length; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                break;
            }
            left -= skipped;
        }
        return headers;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
