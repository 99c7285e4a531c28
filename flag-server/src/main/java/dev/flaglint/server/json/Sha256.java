package dev.flaglint.server.json;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 on the request path (token hashes, ETags): each call clones a prototype that is never updated,
 * which skips the provider lookup of {@link MessageDigest#getInstance} and is safe from any thread.
 */
public final class Sha256 {

    private static final MessageDigest PROTOTYPE = create();

    private Sha256() {
    }

    /** A fresh digest, for hashing several parts. */
    public static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return create();
        }
    }

    public static byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    private static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
