package io.zonewright.io;

import io.zonewright.model.Topology;

import java.util.List;

/**
 * The outcome of reading a design file: the topology when it is valid, otherwise every problem found, and
 * the text that was read (null when none could be).
 */
public record LoadResult(Topology topology, List<Diagnostic> errors, String text) {

    public LoadResult {
        errors = List.copyOf(errors);
    }

    public LoadResult(Topology topology, List<Diagnostic> errors) {
        this(topology, errors, null);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
