package io.zonewright.analysis;

import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;

import java.util.ArrayList;
import java.util.List;

/** What the rules share for one run: the design, the options, resolved endpoints and the graph, built once. */
public final class AnalysisContext {

    private final Topology topology;
    private final AnalysisOptions options;
    private final EndpointResolver resolver;
    /** The policy entry per (from, to) zone pair by zone index; null where the crossing is denied. */
    private final PolicyRule[][] crossings;
    private final List<ResolvedConnection> connections;
    private TopologyGraph graph;

    public AnalysisContext(Topology topology, AnalysisOptions options) {
        this.topology = topology;
        this.options = options;
        this.resolver = new EndpointResolver(topology);
        List<Zone> zones = topology.zones();
        crossings = new PolicyRule[zones.size()][zones.size()];
        for (PolicyRule rule : topology.policy()) {
            crossings[zones.indexOf(topology.zone(rule.from()))][zones.indexOf(topology.zone(rule.to()))] = rule;
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

    /**
     * The policy entry that allows crossing from one zone to another (by index in the topology's zone list,
     * as {@link EndpointScope#zoneIndexes()} gives them), or null when the crossing is denied.
     */
    public PolicyRule crossing(int fromZone, int toZone) {
        return crossings[fromZone][toZone];
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


    public synchronized TopologyGraph graph() {
        if (graph == null) {
            graph = TopologyGraph.build(topology, connections);
        }
        return graph;
    }
}
