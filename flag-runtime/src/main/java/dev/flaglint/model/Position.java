package dev.flaglint.model;

/** A 1-based line and column in a flags file. */
public record Position(int line, int column) {

    public static final Position UNKNOWN = new Position(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
