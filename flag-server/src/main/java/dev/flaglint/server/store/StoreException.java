package dev.flaglint.server.store;

/** The store could not do what was asked (I/O error, unreachable database); the message says what to do. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
