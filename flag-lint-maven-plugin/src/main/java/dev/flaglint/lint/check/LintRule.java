package dev.flaglint.lint.check;

import dev.flaglint.lint.Finding;
import dev.flaglint.lint.Severity;

import java.util.List;

/** One check: an id users see and configure, a default severity, and the findings it makes. */
public interface LintRule {

    String id();

    Severity defaultSeverity();

    List<Finding> check(CheckContext context);

    default Finding finding(String flag, String file, int line, int column, String message) {
        return new Finding(id(), defaultSeverity(), flag, file, line, column, message);
    }
}
