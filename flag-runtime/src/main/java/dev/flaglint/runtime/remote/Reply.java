package dev.flaglint.runtime.remote;

import java.time.Duration;

/** What one request to the flag service came to; the engines decide what each means for them. */
sealed interface Reply {

    /**
     * The service answered with a status the caller reads (2xx, 304, and OFREP's 400 and 404).
     *
     * @param etag the {@code ETag} header, or {@code null}
     */
    record Answered(int status, byte[] body, String etag) implements Reply {
    }

    /** 401 or 403: the token is missing, unknown or lacks the scope; asking again will not help. */
    record Refused(int status) implements Reply {
    }

    /** 429: the service asks this client to wait {@code retryAfter} before the next request. */
    record Throttled(Duration retryAfter) implements Reply {
    }

    /** No usable answer: not reachable, timed out, a 5xx or another status; {@code why} for the log. */
    record Failed(String why) implements Reply {
    }
}
