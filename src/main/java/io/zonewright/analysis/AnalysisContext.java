package io.zonewright.analysis;

import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the rules share for one run: the design, the options, resolved endpoints and the graph, built once. */
public final class AnalysisContext {

    private final Topology topology;
    private final AnalysisOptions options;
    private final EndpointResolver resolver;
    private final Map<String, PolicyRule> crossings = new HashMap<>();
    private final List<ResolvedConnection> connections;
    private TopologyGraph graph;

    public AnalysisContext(Topology topology, AnalysisOptions options) {
        this.topology = topology;
        this.options = options;
        this.resolver = new EndpointResolver(topology);
        topology.policy().forEach(rule -> crossings.put(rule.from() + "\n" + rule.to(), rule));
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
    public PolicyRule crossing(String fromZone, String toZone) {
        return crossings.get(fromZone + "\n" + toZone);
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
            graph = TopologyGraph.build(topology, resolver);
        }
        return graph;
    }
}
