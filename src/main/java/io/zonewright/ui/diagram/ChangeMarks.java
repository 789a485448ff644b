package io.zonewright.ui.diagram;

import io.zonewright.compare.DesignDiff;
import io.zonewright.model.Connection;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparison with another version shows on the diagram: connections and services added (green) or
 * widened (amber) by the open design, and the other version's connections it removed, drawn where they
 * were (dashed red) when both their ends are still there.
 */
public record ChangeMarks(Map<String, DesignDiff.Kind> connections, Map<String, DesignDiff.Kind> services, List<Connection> removed) {

    public static final ChangeMarks NONE = new ChangeMarks(Map.of(), Map.of(), List.of());

    public static ChangeMarks of(DesignDiff diff, Topology other) {
        Map<String, DesignDiff.Kind> connections = new HashMap<>();
        Map<String, DesignDiff.Kind> services = new HashMap<>();
        List<Connection> removed = new ArrayList<>();
        for (DesignDiff.Change c : diff.changes()) {
            switch (c.element()) {
                case "connection" -> {
                    if (c.kind() == DesignDiff.Kind.REMOVED) {
                        removed.add(other.connection(c.id()));
                    } else {
                        connections.put(c.id(), c.kind());
                    }
                }
                case "service" -> services.putIfAbsent(c.id(), c.kind());
                default -> { }
            }
        }
        return new ChangeMarks(connections, services, removed);
    }
}
