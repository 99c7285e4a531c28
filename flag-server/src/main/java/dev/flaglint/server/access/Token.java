package dev.flaglint.server.access;

import dev.flaglint.server.json.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A configured token: its name, scope and the SHA-256 of the secret (the secret itself is never kept).
 *
 * @param name   the actor name in the audit log
 * @param scope  what it may do
 * @param sha256 the 32-byte hash of the token text
 * @param origin where it was configured ({@code tokens.yaml:4}, {@code FLAG_SERVER_TOKEN_CI}), for messages
 */
public record Token(String name, Scope scope, byte[] sha256, String origin) {

    public Token {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 hash has 32 bytes");
        }
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    /** The hash of a presented token's UTF-8 bytes. */
    public static byte[] hash(String secret) {
        return Sha256.digest(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Constant time in the hash's content. */
    boolean matches(byte[] presentedHash) {
        return MessageDigest.isEqual(sha256, presentedHash);
    }
}
