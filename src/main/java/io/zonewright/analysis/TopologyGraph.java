package io.zonewright.analysis;

import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who can open connections to whom, as a directed graph over int vertices. Vertices {@code 0..n-1} are the
 * services in the topology's order. A broad source (a zone, a network, every service) becomes one hub
 * vertex: each member has a membership edge to the hub and the hub has an edge per destination, so a
 * zone-to-zone rule costs members plus destinations edges, not their product.
 */
public final class TopologyGraph {

    private final Topology topology;
    /** Read on every vertex visited: asking the topology's list each time costs more than the visit. */
    private final int serviceCount;
    private final List<String> labels;
    private final Map<String, Integer> vertexByLabel;
    private final BitSet external;
    /** The zone of each service, by index in the topology's zones: rules ask it of every service they visit. */
    private final int[] zoneIndex;
    /** The edges as packed (source, target) pairs, sorted: what a patch merges its changes into. */
    private final long[] edges;
    /** How many connections (or memberships of a broad source) give each edge: it goes when none is left. */
    private final int[] multiplicity;
    /** The same edges as compressed rows: the rules' own loops read them, the library's searches run on them. */
    private final CsrGraph graph;
    private final Lazy<Components> components;
    private final Lazy<Paths> fromOutside;

    private TopologyGraph(Topology topology, List<String> labels, Map<String, Integer> vertexByLabel, BitSet external,
                          int[] zoneIndex, long[] edges, int[] multiplicity, CsrGraph graph,
                          Function<CsrGraph, Components> carriedOver, Paths fromOutside) {
        this.topology = topology;
        this.serviceCount = topology.services().size();
        this.labels = labels;
        this.vertexByLabel = vertexByLabel;
        this.external = external;
        this.zoneIndex = zoneIndex;
        this.edges = edges;
        this.multiplicity = multiplicity;
        this.graph = graph;
        this.components = new Lazy<>(null, () -> {
            Components carried = carriedOver.apply(graph);
            return carried != null ? carried : Components.of(graph);
        });
        this.fromOutside = new Lazy<>(fromOutside, () -> Paths.from(this, externalVertices()));
    }

    /** The graph of a design whose connections were already resolved (as an analysis context has them). */
    public static TopologyGraph build(Topology topology, List<ResolvedConnection> connections) {
        return new Builder(topology).build(connections);
    }

    /** These edges as a graph the library's algorithms run on. */
    CsrGraph graph() {
        return graph;
    }

    /** The strongly connected components, found once per graph or carried over from the graph it was patched from. */
    Components components() {
        return components.get();
    }

    /**
     * This graph for {@code topology}, whose services differ from this graph's only by name: the same
     * vertices and edges, so the components and paths found stand. With the very same services, this graph.
     */
    TopologyGraph on(Topology topology) {
        return topology.sameServicesAs(this.topology) ? this : new TopologyGraph(topology, labels, vertexByLabel, external, zoneIndex, edges,
                multiplicity, graph, carry(components.ifMade()), fromOutside.ifMade());
    }

    /**
     * The shortest paths from the vertices an attacker outside starts from, searched once per graph or
     * carried over from the graph it was patched from.
     */
    public Paths pathsFromOutside() {
        return fromOutside.get();
    }

    /**
     * This graph after the connections {@code removed} went and {@code added} came, for {@code topology},
     * whose services and zones are this graph's; or null when one of them starts from a broad source, whose
     * hub vertex may come or go, so that the graph must be built afresh. Merging a few changed edges into
     * the sorted ones costs a fraction of gathering and sorting them all again; the components, and the paths
     * from outside, stay those of this graph when the changed edges cannot have changed them.
     */
    TopologyGraph patched(Topology topology, List<ResolvedConnection> removed, List<ResolvedConnection> added) {
        EdgeList gone = new EdgeList();
        EdgeList come = new EdgeList();
        if (!serviceEdges(removed, gone) || !serviceEdges(added, come)) {
            return null;
        }
        EdgeList.Counted less = gone.sortedCounted();
        EdgeList.Counted more = come.sortedCounted();
        long[] merged = new long[edges.length + more.edges().length];
        int[] counts = new int[merged.length];
        EdgeList appeared = new EdgeList();
        EdgeList disappeared = new EdgeList();
        int size = 0;
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < edges.length || j < more.edges().length) {
            long e = Math.min(i < edges.length ? edges[i] : Long.MAX_VALUE,
                    j < more.edges().length ? more.edges()[j] : Long.MAX_VALUE);
            boolean existed = i < edges.length && edges[i] == e;
            int count = existed ? multiplicity[i++] : 0;
            if (j < more.edges().length && more.edges()[j] == e) {
                count += more.counts()[j++];
            }
            while (k < less.edges().length && less.edges()[k] < e) {
                k++;
            }
            if (k < less.edges().length && less.edges()[k] == e) {
                count -= less.counts()[k++];
            }
            if (count > 0) {
                merged[size] = e;
                counts[size++] = count;
                if (!existed) {
                    appeared.add(EdgeList.source(e), EdgeList.target(e));
                }
            } else if (existed) {
                disappeared.add(EdgeList.source(e), EdgeList.target(e));
            }
        }
        long[] patchedEdges = size == edges.length && appeared.isEmpty() ? edges : Arrays.copyOf(merged, size);
        Components knownComponents = components.ifMade();
        Paths knownPaths = fromOutside.ifMade();
        return new TopologyGraph(topology, labels, vertexByLabel, external, zoneIndex, patchedEdges, Arrays.copyOf(counts, size),
                patchedEdges == edges ? graph : CsrGraph.of(vertexCount(), patchedEdges),
                knownComponents == null ? carry(null) : g -> knownComponents.after(appeared, disappeared, g),
                knownPaths != null && knownPaths.standsAfter(appeared, disappeared) ? knownPaths : null);
    }

    /** Components known to stand in a graph, or (when null) none: it finds its own. */
    private static Function<CsrGraph, Components> carry(Components known) {
        return g -> known;
    }

    /** Gathers the edges of connections from single services; false when one starts from a broad source. */
    private static boolean serviceEdges(List<ResolvedConnection> connections, EdgeList into) {
        for (ResolvedConnection c : connections) {
            if (c.from().broad()) {
                return false;
            }
            int source = c.from().serviceIndexes()[0];
            for (int target : c.to().serviceIndexes()) {
                if (source != target) {
                    into.add(source, target);
                }
            }
        }
        return true;
    }

    public Topology topology() {
        return topology;
    }

    public int serviceCount() {
        return serviceCount;
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

    /** The zone of a service vertex, as its index in the topology's zones. */
    public int zoneIndex(int serviceVertex) {
        return zoneIndex[serviceVertex];
    }

    /** The zone of a service vertex. */
    public Zone zone(int serviceVertex) {
        return topology.zones().get(zoneIndex[serviceVertex]);
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
        return graph.successorCount(v);
    }

    /** The {@code i}-th vertex {@code v} has an edge to, in increasing order. */
    public int successor(int v, int i) {
        return graph.successor(v, i);
    }

    /** Whether both graphs have the same vertices, labelled the same, and the same edges. */
    public boolean sameEdgesAs(TopologyGraph other) {
        return labels.equals(other.labels) && external.equals(other.external) && Arrays.equals(edges, other.edges);
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
            Map<Zone, Integer> zoneIndexes = new IdentityHashMap<>();
            topology.zones().forEach(z -> zoneIndexes.put(z, zoneIndexes.size()));
            int[] zoneIndex = new int[topology.services().size()];
            for (Service s : topology.services()) {
                int v = labels.size();
                labels.add(s.id());
                Zone zone = topology.zoneOf(s);
                zoneIndex[v] = zoneIndexes.get(zone);
                if (zone.role() == ZoneRole.EXTERNAL) {
                    external.set(v);
                }
            }
            for (ResolvedConnection c : connections) {
                int source = sourceVertex(c);
                for (int target : c.to().serviceIndexes()) {
                    addEdge(source, target);
                }
            }
            EdgeList.Counted counted = edges.sortedCounted();
            return new TopologyGraph(topology, List.copyOf(labels), vertexByLabel, external, zoneIndex, counted.edges(),
                    counted.counts(), CsrGraph.of(labels.size(), counted.edges()), carry(null), null);
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
