package io.zonewright.io;

import io.zonewright.model.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a file, so that a user sees all of them at once rather than one per run. */
final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    void error(SourceLocation location, String message) {
        items.add(new Diagnostic(location, message));
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        return List.copyOf(copy);
    }
}
