package dev.flaglint.lint.check;

import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.model.Flag;

import java.util.List;

/**
 * One check: what it is ({@link #doc()}: the id users see and configure, a name, a default severity,
 * what it means and what to do) and the findings it makes in a {@link CheckContext}.
 */
public interface LintRule {

    RuleDoc doc();

    List<Finding> check(CheckContext context);

    default RuleId id() {
        return doc().id();
    }

    default Finding finding(String flag, String file, int line, int column, String message) {
        return new Finding(id(), doc().defaultSeverity(), flag, file, line, column, message);
    }

    /** A finding at a call site, about its key. */
    default Finding atCallSite(CallSite site, String message) {
        return finding(site.key(), site.file(), site.line(), site.column(), message);
    }

    /** A finding where {@code flag} is declared in the flags file. */
    default Finding atDeclaration(Flag flag, CheckContext context, String message) {
        return finding(flag.key(), context.flagsFilePath(), flag.position().line(), flag.position().column(), message);
    }
}
