package dev.flaglint.server.source;

import dev.flaglint.model.Problem;

import java.util.List;
import java.util.stream.Collectors;

/** The flags file cannot be served at start: unreadable, or with errors. The message lists each problem. */
public final class InvalidDefinitionsException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidDefinitionsException(String location, List<Problem> problems) {
        super("cannot serve " + location + ": it has " + problems.size() + " error(s); fix them and start again:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
