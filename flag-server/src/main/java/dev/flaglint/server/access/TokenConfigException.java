package dev.flaglint.server.access;

/** The tokens configuration is wrong; the message names where (file:line or variable) and the fix. */
public final class TokenConfigException extends RuntimeException {

    public TokenConfigException(String message) {
        super(message);
    }
}
