package dev.flaglint.server.service;

/** A context that breaks a limit or a rule; the message says which and what to do. */
public final class InvalidContextException extends RuntimeException {

    public InvalidContextException(String message) {
        super(message, null, false, false);
    }
}
