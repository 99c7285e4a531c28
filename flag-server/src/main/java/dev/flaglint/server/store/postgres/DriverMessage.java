package dev.flaglint.server.store.postgres;

import java.sql.SQLException;

/** What went wrong, in the driver's own words, for a log line or an HTTP answer: one line, no password. */
final class DriverMessage {

    private DriverMessage() {
    }

    /**
     * The deepest SQLException's message in {@code e}'s causes (the pool's wrappers say less), else the top's; its
     * first line only (the server's "Where:" context is for the database's log).
     */
    static String of(Throwable e) {
        Throwable said = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null) {
                said = cause;
            }
        }
        String message = said.getMessage() != null ? said.getMessage() : said.getClass().getSimpleName();
        return DatabaseSettings.scrub(message.lines().findFirst().orElse(message));
    }
}
