package dev.flaglint.server.source;

import java.time.Instant;

/**
 * A version of the flags file that was refused; the previous version keeps serving.
 *
 * @param at           when it was seen
 * @param firstProblem the first error, as {@code file:line:column: flag 'x' field 'y': message}
 * @param errors       how many errors it has
 */
public record RejectedVersion(Instant at, String firstProblem, int errors) {
}
