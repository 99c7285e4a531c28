package dev.flaglint.server;

/** The server cannot start with these settings; the message says why and what to change. */
public final class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
