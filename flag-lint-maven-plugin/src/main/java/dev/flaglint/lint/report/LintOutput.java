package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;

/**
 * Something a goal does with a check's result: print it, write a report file, hand it to CI. Each goal
 * picks its outputs and gives them to {@link LintOutputs}, the one place results are written.
 */
@FunctionalInterface
public interface LintOutput {

    /**
     * @throws java.io.UncheckedIOException when a file cannot be written
     * @throws dev.flaglint.lint.model.LintException when the user's input stops it, with what to do
     */
    void write(LintRequest request, LintResult result);
}
