package io.zonewright.io;

import io.zonewright.model.Topology;

import java.util.List;

/** The outcome of reading a design file: the topology when it is valid, otherwise every problem found. */
public record LoadResult(Topology topology, List<Diagnostic> errors) {

    public LoadResult {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
