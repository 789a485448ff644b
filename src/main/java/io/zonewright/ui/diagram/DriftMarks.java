package io.zonewright.ui.diagram;

import io.zonewright.compare.AuditResult;
import io.zonewright.compare.Drift;
import io.zonewright.compare.Party;
import io.zonewright.edit.DriftAdoption;
import io.zonewright.edit.EditRefusedException;
import io.zonewright.model.Connection;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit shows on the diagram: the documented connections that are missing (dashed) or deployed
 * broader (amber); the flows deployed and documented nowhere, drawn as the connections that would document
 * them (red, amber when broader); and, where such a flow cannot be drawn, the service it reaches or leaves.
 */
public record DriftMarks(Map<String, Drift.Kind> connections, List<Flow> flows, Map<String, Drift.Kind> services) {

    public static final DriftMarks NONE = new DriftMarks(Map.of(), List.of(), Map.of());

    /** A deployed flow drawn as the connection that would document it. */
    record Flow(Connection connection, Drift.Kind kind) {
    }

    public static DriftMarks of(Topology design, List<AuditResult> audits) {
        Map<String, Drift.Kind> connections = new HashMap<>();
        List<Flow> flows = new ArrayList<>();
        Map<String, Drift.Kind> services = new HashMap<>();
        for (AuditResult a : audits) {
            for (Drift d : a.drifts()) {
                d.connections().forEach(id -> connections.merge(id, d.kind(), DriftMarks::stronger));
                if (d.kind() == Drift.Kind.MISSING || !d.connections().isEmpty()) {
                    continue;
                }
                List<Connection> drawn = drawable(design, d);
                drawn.forEach(c -> flows.add(new Flow(c, d.kind())));
                if (drawn.isEmpty()) {
                    for (Party p : List.of(d.from(), d.to())) {
                        if (p instanceof Party.Named n && design.service(n.key()) != null) {
                            services.merge(n.key(), d.kind(), DriftMarks::stronger);
                        }
                    }
                }
            }
        }
        return new DriftMarks(connections, flows, services);
    }

    /** The connections that would document a drift, when there are few enough to draw (one port, a network or two). */
    private static List<Connection> drawable(Topology design, Drift d) {
        try {
            List<Connection> all = DriftAdoption.connections(design, d);
            return all.size() <= 4 ? all : List.of();
        } catch (EditRefusedException e) {
            return List.of();
        }
    }

    /** Extra is worse than broader, broader than missing. */
    private static Drift.Kind stronger(Drift.Kind a, Drift.Kind b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Drift.Kind kind) {
        return switch (kind) {
            case MISSING -> 0;
            case BROADER -> 1;
            case EXTRA -> 2;
        };
    }
}
