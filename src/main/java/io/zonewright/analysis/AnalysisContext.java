package io.zonewright.analysis;

import io.zonewright.model.PolicyRule;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;

import java.util.List;
import java.util.function.Function;

/** What the rules share for one run: the design, the options, resolved endpoints and the graph, built once. */
public final class AnalysisContext {

    private final Topology topology;
    private final AnalysisOptions options;
    private final EndpointResolver resolver;
    /** The policy entry per (from, to) zone pair by zone index; null where the crossing is denied. */
    private final PolicyRule[][] crossings;
    private final List<ResolvedConnection> connections;
    private TopologyGraph graph;
    /**
     * Dropped once the graph is made: it may hold the analysis before this one, and a context kept for the
     * next analysis must not keep every analysis before it alive.
     */
    private Function<List<ResolvedConnection>, TopologyGraph> graphOf;
    private final Function<String, FindingMemo> memos;

    public AnalysisContext(Topology topology, AnalysisOptions options) {
        this(topology, options, resolvedAfresh(topology), connections -> TopologyGraph.build(topology, connections),
                rule -> FindingMemo.NONE);
    }

    private static Resolved resolvedAfresh(Topology topology) {
        EndpointResolver resolver = new EndpointResolver(topology);
        return new Resolved(resolver, resolver.resolveAll(topology.connections(),
                new ResolvedConnection[topology.connections().size()]));
    }

    /** The design's connections in its order, resolved by {@code resolver}. */
    record Resolved(EndpointResolver resolver, List<ResolvedConnection> connections) {
    }

    /**
     * A context for connections resolved already, perhaps partly by an earlier analysis. {@code graphOf}
     * makes the graph, on first use, from the resolved connections. {@code memos} gives each rule its memo
     * of earlier findings.
     */
    AnalysisContext(Topology topology, AnalysisOptions options, Resolved resolved,
                    Function<List<ResolvedConnection>, TopologyGraph> graphOf, Function<String, FindingMemo> memos) {
        this.topology = topology;
        this.graphOf = graphOf;
        this.memos = memos;
        this.options = options;
        this.resolver = resolved.resolver();
        List<Zone> zones = topology.zones();
        crossings = new PolicyRule[zones.size()][zones.size()];
        for (PolicyRule rule : topology.policy()) {
            crossings[zones.indexOf(topology.zone(rule.from()))][zones.indexOf(topology.zone(rule.to()))] = rule;
        }
        this.connections = resolved.connections();
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

    /** The findings a rule made in the analysis before this one, for it to reuse; empty in a fresh analysis. */
    public FindingMemo memo(Rule rule) {
        return memos.apply(rule.id());
    }

    public synchronized TopologyGraph graph() {
        if (graph == null) {
            graph = graphOf.apply(connections);
            graphOf = null;
        }
        return graph;
    }
}
