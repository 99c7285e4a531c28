package dev.flaglint.server.http;

import java.time.Duration;

/**
 * How the HTTP side runs.
 *
 * @param bind          the address to listen on
 * @param port          the port (0: any free one)
 * @param rateLimit     requests per second per client (token, or address when anonymous); 0 turns it off
 * @param keepAlive     how often an idle change stream gets a keep-alive comment
 * @param stopTimeout   how long a graceful stop waits for requests in flight
 * @param environment   the environment evaluated when a request names none ({@code null}: none)
 */
public record HttpSettings(String bind, int port, double rateLimit, Duration keepAlive, Duration stopTimeout,
                           String environment) {
}
