/**
 * Who may call what. Takes the tokens file and {@code FLAG_SERVER_TOKEN_*} environment variables, gives
 * {@link dev.flaglint.server.access.Tokens}: named tokens with a {@link dev.flaglint.server.access.Scope}, kept only
 * as SHA-256 hashes and compared in constant time. Knows nothing of HTTP headers.
 */
package dev.flaglint.server.access;
