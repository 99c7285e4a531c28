package dev.flaglint.maven;

import dev.flaglint.lint.report.Console;
import org.apache.maven.plugin.logging.Log;

/** The console lines of the outputs, in Maven's log. */
final class MavenConsole implements Console {

    private final Log log;

    MavenConsole(Log log) {
        this.log = log;
    }

    @Override
    public void error(String line) {
        log.error(line);
    }

    @Override
    public void warning(String line) {
        log.warn(line);
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void debug(String line) {
        log.debug(line);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }
}
