package dev.flaglint.server.json;

/** JSON text that does not parse; {@link #getMessage()} names the line and column. */
public final class MalformedJsonException extends RuntimeException {

    private final int line;
    private final int column;

    MalformedJsonException(String reason, int line, int column) {
        super("malformed JSON at line " + line + ", column " + column + ": " + reason, null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
