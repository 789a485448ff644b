package io.zonewright.analysis;

import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What the rules share for one run: the design, the options, resolved endpoints and the graph, built once. */
public final class AnalysisContext {

    private final Topology topology;
    private final AnalysisOptions options;
    private final EndpointResolver resolver;
    private final Map<Zone, Integer> zoneIndex = new IdentityHashMap<>();
    /** The policy entry per (from, to) zone pair by zone index; null where the crossing is denied. */
    private final PolicyRule[][] crossings;
    private final List<ResolvedConnection> connections;
    private TopologyGraph graph;

    public AnalysisContext(Topology topology, AnalysisOptions options) {
        this.topology = topology;
        this.options = options;
        this.resolver = new EndpointResolver(topology);
        List<Zone> zones = topology.zones();
        for (int i = 0; i < zones.size(); i++) {
            zoneIndex.put(zones.get(i), i);
        }
        crossings = new PolicyRule[zones.size()][zones.size()];
        for (PolicyRule rule : topology.policy()) {
            crossings[zoneIndex.get(topology.zone(rule.from()))][zoneIndex.get(topology.zone(rule.to()))] = rule;
        }
        List<ResolvedConnection> resolved = new ArrayList<>(topology.connections().size());
        for (Connection c : topology.connections()) {
            resolved.add(new ResolvedConnection(c, resolver.resolve(c.from()), resolver.resolve(c.to())));
        }
        this.connections = List.copyOf(resolved);
    }

    /** The connections of the design, in canonical order, with their endpoints resolved. */
    public List<ResolvedConnection> connections() {
        return connections;
    }

    /** The policy entry that allows crossing from one zone to another, or null when the crossing is denied. */
    public PolicyRule crossing(Zone from, Zone to) {
        return crossings[zoneIndex.get(from)][zoneIndex.get(to)];
    }

    public EndpointResolver resolver() {
        return resolver;
    }

    public Topology topology() {
        return topology;
    }

    public AnalysisOptions options() {
        return options;
    }

    public EndpointScope scope(Endpoint endpoint) {
        return resolver.resolve(endpoint);
    }


    public TopologyGraph graph() {
        if (graph == null) {
            graph = TopologyGraph.build(topology, connections);
        }
        return graph;
    }
}
