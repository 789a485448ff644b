package io.zonewright.model;

/** Where an element was read from, so that every message can point at the line a user has to fix. */
public record SourceLocation(String file, int line, int column) {

    public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file == null ? "" : file, line, column);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
