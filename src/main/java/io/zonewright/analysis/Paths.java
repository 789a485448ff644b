package io.zonewright.analysis;

import org.jgrapht.traverse.BreadthFirstIterator;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Shortest paths over a {@link TopologyGraph}, read off one breadth-first search. A hub (a broad source) in
 * the middle of a path was entered through a membership edge, so it is left out of the path shown:
 * "lb, zone:public, db" reads "lb, db". A hub at the start stays: it is where the traffic comes from.
 */
public final class Paths {

    private static final int UNREACHED = -2;
    private static final int START = -1;

    private final TopologyGraph topologyGraph;
    private final boolean backward;
    /** The vertex each vertex was found from, {@link #START} for a start, {@link #UNREACHED} when not found. */
    private final int[] parent;
    /** When the search took each vertex up: starts and children are taken up in the order they were found. */
    private final int[] order;

    private Paths(TopologyGraph topologyGraph, BreadthFirstIterator<Integer, Integer> search, boolean backward) {
        this.topologyGraph = topologyGraph;
        this.backward = backward;
        parent = new int[topologyGraph.vertexCount()];
        order = new int[parent.length];
        Arrays.fill(parent, UNREACHED);
        for (int taken = 0; search.hasNext(); taken++) {
            int v = search.next();
            Integer from = search.getParent(v);
            parent[v] = from == null ? START : from;
            order[v] = taken;
        }
    }

    /** Searches forward from the given vertices: what they can reach. */
    public static Paths from(TopologyGraph g, List<Integer> sources) {
        return new Paths(g, new BreadthFirstIterator<>(g.graph(), sources), false);
    }

    /** Searches backward from the given vertex: who can reach it. */
    public static Paths to(TopologyGraph g, int target) {
        return new Paths(g, new BreadthFirstIterator<>(g.graph().reversed(), target), true);
    }

    public boolean reached(int vertex) {
        return parent[vertex] != UNREACHED;
    }

    /** Every vertex the search reached, its starts included. */
    public BitSet reachedVertices() {
        BitSet reached = new BitSet(parent.length);
        for (int v = 0; v < parent.length; v++) {
            if (reached(v)) {
                reached.set(v);
            }
        }
        return reached;
    }

    /**
     * The path between a start and {@code vertex}, in the direction of traffic: from a start to the vertex
     * for a forward search, from the vertex to the target for a backward one.
     */
    public int[] pathTo(int vertex) {
        int length = 0;
        for (int v = vertex; v >= 0; v = parent[v]) {
            length++;
        }
        int[] chain = new int[length];
        int at = backward ? 0 : length - 1;
        for (int v = vertex; v >= 0; v = parent[v]) {
            chain[at] = v;
            at += backward ? 1 : -1;
        }
        int kept = 0;
        for (int i = 0; i < chain.length; i++) {
            if (i == 0 || topologyGraph.isService(chain[i])) {
                chain[kept++] = chain[i];
            }
        }
        return Arrays.copyOf(chain, kept);
    }

    /** The labels along {@link #pathTo}. */
    public List<String> labelsTo(int vertex) {
        return Arrays.stream(pathTo(vertex)).mapToObj(topologyGraph::label).toList();
    }

    /**
     * Whether a forward search run again after these edges appeared and disappeared would find every vertex
     * from the same parent in the same order. A lost edge matters only if a vertex was found through it; a
     * new edge only if its source was reached and its target not yet found when the source was taken up.
     */
    boolean standsAfter(EdgeList appeared, EdgeList disappeared) {
        for (long e : disappeared.added()) {
            if (parent[EdgeList.target(e)] == EdgeList.source(e)) {
                return false;
            }
        }
        for (long e : appeared.added()) {
            int u = EdgeList.source(e);
            int v = EdgeList.target(e);
            if (reached(u) && (!reached(v) || foundAt(v) > order[u])) {
                return false;
            }
        }
        return !backward;
    }

    /** When {@code vertex} was found: as its parent was taken up, or for a start as it was itself. */
    private int foundAt(int vertex) {
        return parent[vertex] == START ? order[vertex] : order[parent[vertex]];
    }
}
