package io.zonewright.io;

import io.zonewright.model.SourceLocation;
import io.zonewright.text.Visible;

/**
 * A problem found in an input file, printed as {@code FILE:LINE:COLUMN: message}. A message may echo a
 * value from the file: it is printed with every control character shown, so that it can neither send an
 * escape sequence to the terminal nor start a line of its own that looks like another problem.
 */
public record Diagnostic(SourceLocation location, String message) {

    @Override
    public String toString() {
        String where = location.isKnown() ? location.toString() : location.file();
        return Visible.of(where) + ": " + Visible.of(message);
    }
}
