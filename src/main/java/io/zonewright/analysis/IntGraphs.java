package io.zonewright.analysis;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.opt.graph.sparse.IncomingEdgesSupport;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedGraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Immutable int-indexed directed graphs: vertices 0..n-1, edge i is the i-th pair. They answer outgoing
 * edges only: an index of incoming edges costs several times the graph itself, and the searches used here
 * (breadth-first, Gabow's components) never ask for one. A backward search runs on {@link #reversed}.
 */
final class IntGraphs {

    private IntGraphs() {
    }

    static Graph<Integer, Integer> directed(int vertexCount, List<Pair<Integer, Integer>> edges) {
        if (edges.isEmpty()) {
            // The sparse representation refuses an empty edge list; a graph of lone vertices is tiny anyway.
            Graph<Integer, Integer> lone = GraphTypeBuilder.<Integer, Integer>directed().allowingSelfLoops(false)
                    .allowingMultipleEdges(false).buildGraph();
            for (int v = 0; v < vertexCount; v++) {
                lone.addVertex(v);
            }
            return lone;
        }
        return new SparseIntDirectedGraph(vertexCount, edges, IncomingEdgesSupport.NO_INCOMING_EDGES);
    }

    /** A graph of the edges an {@link EdgeList} gathered, as {@link EdgeList#sortedDistinct} gives them. */
    static Graph<Integer, Integer> directed(int vertexCount, long[] sortedDistinctEdges) {
        List<Pair<Integer, Integer>> pairs = new ArrayList<>(sortedDistinctEdges.length);
        for (long e : sortedDistinctEdges) {
            pairs.add(Pair.of(EdgeList.source(e), EdgeList.target(e)));
        }
        return directed(vertexCount, pairs);
    }

    /** The same vertices with every edge turned around. */
    static Graph<Integer, Integer> reversed(Graph<Integer, Integer> graph) {
        return directed(graph.vertexSet().size(), reversedEdges(graph));
    }

    /** The edges of a graph turned around, with an index of incoming edges for algorithms that need one. */
    static Graph<Integer, Integer> reversedWithIncomingEdges(Graph<Integer, Integer> graph) {
        List<Pair<Integer, Integer>> edges = reversedEdges(graph);
        return edges.isEmpty() ? directed(graph.vertexSet().size(), edges)
                : new SparseIntDirectedGraph(graph.vertexSet().size(), edges, IncomingEdgesSupport.FULL_INCOMING_EDGES);
    }

    private static List<Pair<Integer, Integer>> reversedEdges(Graph<Integer, Integer> graph) {
        List<Pair<Integer, Integer>> edges = new ArrayList<>(graph.edgeSet().size());
        for (int e : graph.edgeSet()) {
            edges.add(Pair.of(graph.getEdgeTarget(e), graph.getEdgeSource(e)));
        }
        return edges;
    }
}
