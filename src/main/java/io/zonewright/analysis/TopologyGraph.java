package io.zonewright.analysis;

import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.ZoneRole;
import org.jgrapht.Graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who can open connections to whom, as a directed graph over int vertices. Vertices {@code 0..n-1} are the
 * services in the topology's order. A broad source (a zone, a network, every service) becomes one hub
 * vertex: each member has a membership edge to the hub and the hub has an edge per destination, so a
 * zone-to-zone rule costs members plus destinations edges, not their product.
 */
public final class TopologyGraph {

    private final Topology topology;
    private final List<String> labels;
    private final Map<String, Integer> vertexByLabel;
    private final BitSet external;
    private final Graph<Integer, Integer> graph;
    /**
     * The same edges as plain arrays, sorted by source then target: the successors of v are
     * {@code targets[firstEdge[v]..firstEdge[v + 1])}. The rules' own loops read these, since walking the
     * library graph boxes every edge it passes.
     */
    private final int[] firstEdge;
    private final int[] targets;

    private TopologyGraph(Topology topology, List<String> labels, Map<String, Integer> vertexByLabel, BitSet external,
                          Graph<Integer, Integer> graph, int[] firstEdge, int[] targets) {
        this.topology = topology;
        this.labels = labels;
        this.vertexByLabel = vertexByLabel;
        this.external = external;
        this.graph = graph;
        this.firstEdge = firstEdge;
        this.targets = targets;
    }

    /** The graph of a design whose connections were already resolved (as an analysis context has them). */
    public static TopologyGraph build(Topology topology, List<ResolvedConnection> connections) {
        return new Builder(topology).build(connections);
    }

    public Graph<Integer, Integer> graph() {
        return graph;
    }

    public Topology topology() {
        return topology;
    }

    public int serviceCount() {
        return topology.services().size();
    }

    public int vertexCount() {
        return labels.size();
    }

    public boolean isService(int vertex) {
        return vertex < serviceCount();
    }

    public Service service(int vertex) {
        return topology.services().get(vertex);
    }

    /** The service id, or for a hub the endpoint as written (zone:public, 10.0.0.0/8, *). */
    public String label(int vertex) {
        return labels.get(vertex);
    }

    /** The vertex of a service id or hub label, or -1. */
    public int vertexOf(String label) {
        Service s = topology.service(label);
        if (s != null) {
            return topology.services().indexOf(s);
        }
        return vertexByLabel.getOrDefault(label, -1);
    }

    /** How many vertices {@code v} has an edge to. */
    public int successorCount(int v) {
        return firstEdge[v + 1] - firstEdge[v];
    }

    /** The {@code i}-th vertex {@code v} has an edge to, in increasing order. */
    public int successor(int v, int i) {
        return targets[firstEdge[v] + i];
    }

    /** Whether both graphs have the same vertices, labelled the same, and the same edges. */
    public boolean sameEdgesAs(TopologyGraph other) {
        return labels.equals(other.labels) && external.equals(other.external)
                && Arrays.equals(firstEdge, other.firstEdge) && Arrays.equals(targets, other.targets);
    }

    /** Vertices an attacker outside the organisation starts from. */
    public List<Integer> externalVertices() {
        return external.stream().boxed().toList();
    }


    private static final class Builder {
        private final Topology topology;
        private final List<String> labels = new ArrayList<>();
        /** Hubs by label; services are vertices 0..n-1 in the topology's order. */
        private final Map<String, Integer> vertexByLabel = new HashMap<>();
        private final BitSet external = new BitSet();
        private final EdgeList edges = new EdgeList();

        Builder(Topology topology) {
            this.topology = topology;
        }

        TopologyGraph build(List<ResolvedConnection> connections) {
            for (Service s : topology.services()) {
                int v = labels.size();
                labels.add(s.id());
                if (topology.zoneOf(s).role() == ZoneRole.EXTERNAL) {
                    external.set(v);
                }
            }
            for (ResolvedConnection c : connections) {
                int source = sourceVertex(c);
                for (int target : c.to().serviceIndexes()) {
                    addEdge(source, target);
                }
            }
            long[] distinct = edges.sortedDistinct();
            int vertexCount = labels.size();
            int[] firstEdge = new int[vertexCount + 1];
            int[] targets = new int[distinct.length];
            for (int i = 0; i < distinct.length; i++) {
                targets[i] = EdgeList.target(distinct[i]);
                firstEdge[EdgeList.source(distinct[i]) + 1]++;
            }
            for (int v = 0; v < vertexCount; v++) {
                firstEdge[v + 1] += firstEdge[v];
            }
            return new TopologyGraph(topology, List.copyOf(labels), vertexByLabel, external,
                    IntGraphs.directed(vertexCount, distinct), firstEdge, targets);
        }

        /** The source's vertex; asks the resolved scope first, which many connections share, not the connection. */
        private int sourceVertex(ResolvedConnection c) {
            EndpointScope scope = c.from();
            if (!scope.broad()) {
                return scope.serviceIndexes()[0];
            }
            Endpoint from = c.connection().from();
            Integer hub = vertexByLabel.get(from.text());
            if (hub != null) {
                return hub;
            }
            int v = labels.size();
            labels.add(from.text());
            vertexByLabel.put(from.text(), v);
            if (scope.external()) {
                external.set(v);
            }
            for (int member : scope.serviceIndexes()) {
                addEdge(member, v);
            }
            return v;
        }

        private void addEdge(int from, int to) {
            if (from != to) {
                edges.add(from, to);
            }
        }
    }
}
