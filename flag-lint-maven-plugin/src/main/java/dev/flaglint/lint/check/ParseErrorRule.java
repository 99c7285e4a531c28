package dev.flaglint.lint.check;

import dev.flaglint.lint.model.Finding;
import dev.flaglint.lint.model.RuleDoc;
import dev.flaglint.lint.model.RuleId;
import dev.flaglint.lint.model.Severity;
import dev.flaglint.lint.source.ParseFailure;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code parse-error}: a Java file the parser could not read. It is skipped and everything else is
 * still checked; the compiler will say more.
 */
final class ParseErrorRule implements LintRule {

    private static final RuleDoc DOC = new RuleDoc(RuleId.PARSE_ERROR, "JavaParseError", Severity.WARNING,
            "A Java file that may hold a flag call does not parse.",
            "The file is skipped and the rest is still checked; its flag calls were not checked.",
            "Fix the syntax error (the compiler says more).");

    @Override
    public RuleDoc doc() {
        return DOC;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ParseFailure f : context.parseFailures()) {
            findings.add(finding(null, f.file().displayPath(), f.line(), f.column(), message(f)));
        }
        return findings;
    }

    private static String message(ParseFailure f) {
        return switch (f.kind()) {
            case SYNTAX -> "cannot parse this file (" + brief(f.message()) + "); its flag calls were not checked."
                    + " Fix the syntax error; the other files were checked";
            case ENCODING -> "cannot parse this file (" + f.message() + "); its flag calls were not checked."
                    + " flag-lint reads sources as UTF-8: save the file as UTF-8; the other files were checked";
            case TOO_DEEP -> "cannot check this file: " + f.message() + "; its flag calls were not checked."
                    + " Split the deepest expression or block; the other files were checked";
            case LINK_LOOP -> "not followed: " + f.message() + ", so following it would list the same files without"
                    + " end; they were checked once. Remove the link, or point it elsewhere";
        };
    }

    /** JavaParser lists every token it would have accepted; the first part says what it found. */
    private static String brief(String message) {
        String m = message.replaceAll("\\s+", " ").strip();
        int expected = m.indexOf(", expected one of");
        return expected > 0 ? m.substring(0, expected) : m;
    }
}
