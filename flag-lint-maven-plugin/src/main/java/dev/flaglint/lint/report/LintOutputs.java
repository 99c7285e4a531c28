package dev.flaglint.lint.report;

import dev.flaglint.lint.LintRequest;
import dev.flaglint.lint.LintResult;

import java.util.List;

/** A goal's outputs, written in the order given: the one place a check's result leaves the engine. */
public record LintOutputs(List<LintOutput> outputs) implements LintOutput {

    public LintOutputs {
        outputs = List.copyOf(outputs);
    }

    @Override
    public void write(LintRequest request, LintResult result) {
        for (LintOutput output : outputs) {
            output.write(request, result);
        }
    }
}
