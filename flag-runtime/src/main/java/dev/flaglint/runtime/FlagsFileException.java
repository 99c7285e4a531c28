package dev.flaglint.runtime;

import dev.flaglint.model.Problem;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown only by the strict loaders: the flags file has errors; the message lists each with file:line:column. */
public final class FlagsFileException extends RuntimeException {

    private final transient List<Problem> problems;

    public FlagsFileException(String source, List<Problem> problems) {
        super("flags file " + source + " has " + problems.size() + (problems.size() == 1 ? " error" : " errors")
                + ":\n  " + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** The errors, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
