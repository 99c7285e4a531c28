package dev.flaglint.server.service;

/**
 * A problem in an override body.
 *
 * @param path    where, as a JSON path into the body: {@code $.rules[1].if}
 * @param message what is wrong and what to do (the flags-file model's own words)
 */
public record FieldProblem(String path, String message) {
}
