package dev.flaglint.server.service;

/**
 * Who asks for a change, for the audit log.
 *
 * @param actor     the token's name
 * @param requestId the HTTP request id
 * @param client    the client's address
 */
public record ChangeOrigin(String actor, String requestId, String client) {
}
