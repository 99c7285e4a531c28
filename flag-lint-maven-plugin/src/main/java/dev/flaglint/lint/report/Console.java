package dev.flaglint.lint.report;

/** Where lines for the person running the build go; the Maven plugin adapts its log to it. */
public interface Console {

    void error(String line);

    void warning(String line);

    void info(String line);

    void debug(String line);

    boolean isDebugEnabled();
}
