package io.zonewright.analysis;

import org.jgrapht.traverse.BreadthFirstIterator;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * Shortest paths over a {@link TopologyGraph}, read off one breadth-first search. A hub (a broad source) in
 * the middle of a path was entered through a membership edge, so it is left out of the path shown:
 * "lb, zone:public, db" reads "lb, db". A hub at the start stays: it is where the traffic comes from.
 */
public final class Paths {

    private final TopologyGraph topologyGraph;
    private final BreadthFirstIterator<Integer, Integer> search;
    private final boolean backward;
    private final BitSet reached = new BitSet();

    private Paths(TopologyGraph topologyGraph, BreadthFirstIterator<Integer, Integer> search, boolean backward) {
        this.topologyGraph = topologyGraph;
        this.search = search;
        this.backward = backward;
        while (search.hasNext()) {
            reached.set(search.next());
        }
    }

    /** Searches forward from the given vertices: what they can reach. */
    public static Paths from(TopologyGraph g, List<Integer> sources) {
        return new Paths(g, new BreadthFirstIterator<>(g.graph(), sources), false);
    }

    /** Searches backward from the given vertex: who can reach it. */
    public static Paths to(TopologyGraph g, int target) {
        return new Paths(g, new BreadthFirstIterator<>(IntGraphs.reversed(g.graph()), target), true);
    }

    public boolean reached(int vertex) {
        return reached.get(vertex);
    }

    /** Every vertex the search reached, its starts included. */
    public BitSet reachedVertices() {
        return (BitSet) reached.clone();
    }

    /**
     * The path between a start and {@code vertex}, in the direction of traffic: from a start to the vertex
     * for a forward search, from the vertex to the target for a backward one.
     */
    public List<Integer> pathTo(int vertex) {
        List<Integer> chain = new ArrayList<>();
        for (Integer v = vertex; v != null; v = search.getParent(v)) {
            chain.add(v);
        }
        if (!backward) {
            Collections.reverse(chain);
        }
        List<Integer> path = new ArrayList<>(chain.size());
        for (int i = 0; i < chain.size(); i++) {
            int v = chain.get(i);
            if (i == 0 || topologyGraph.isService(v)) {
                path.add(v);
            }
        }
        return path;
    }

    /** The labels along {@link #pathTo}. */
    public List<String> labelsTo(int vertex) {
        return pathTo(vertex).stream().map(topologyGraph::label).toList();
    }
}
