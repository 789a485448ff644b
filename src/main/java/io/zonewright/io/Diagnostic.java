package io.zonewright.io;

import io.zonewright.model.SourceLocation;

/** A problem found in an input file, printed as {@code FILE:LINE:COLUMN: message}. */
public record Diagnostic(SourceLocation location, String message) {

    @Override
    public String toString() {
        return location.isKnown() ? location + ": " + message : location.file() + ": " + message;
    }
}
