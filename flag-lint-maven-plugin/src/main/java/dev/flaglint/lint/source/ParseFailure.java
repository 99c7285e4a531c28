package dev.flaglint.lint.source;

/** A Java file that JavaParser could not parse; it is reported and skipped. */
public record ParseFailure(SourceFile file, int line, int column, String message) {
}
