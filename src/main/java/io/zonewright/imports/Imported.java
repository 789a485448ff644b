package io.zonewright.imports;

import io.zonewright.model.Topology;

import java.util.List;

/** A design made from what is deployed, and what of the deployment it could not say. */
public record Imported(Topology topology, List<String> notes) {
}
