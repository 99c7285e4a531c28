package dev.flaglint.lint;

import dev.flaglint.lint.report.Console;

import java.util.ArrayList;
import java.util.List;

/** A console that keeps its lines, each as {@code LEVEL text}, for tests of what outputs print. */
final class RecordingConsole implements Console {

    private final List<String> lines = new ArrayList<>();
    private final boolean debug;

    RecordingConsole() {
        this(false);
    }

    RecordingConsole(boolean debug) {
        this.debug = debug;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void error(String line) {
        lines.add("ERROR " + line);
    }

    @Override
    public void warning(String line) {
        lines.add("WARNING " + line);
    }

    @Override
    public void info(String line) {
        lines.add("INFO " + line);
    }

    @Override
    public void debug(String line) {
        if (debug) {
            lines.add("DEBUG " + line);
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return debug;
    }
}
