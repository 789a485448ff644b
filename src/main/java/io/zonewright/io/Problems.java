package io.zonewright.io;

import io.zonewright.model.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What could not be read or understood in the input, each with file, line and column; reading goes on. */
public final class Problems {

    private final List<Diagnostic> found = new ArrayList<>();

    public void add(SourceLocation location, String message) {
        found.add(new Diagnostic(location, message));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        found.addAll(diagnostics);
    }

    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Diagnostic d) -> d.location().file())
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        return sorted;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }
}
