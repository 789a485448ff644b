package io.zonewright.analysis;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.opt.graph.sparse.IncomingEdgesSupport;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedGraph;

import java.util.List;

/** Immutable int-indexed directed graphs: vertices 0..n-1, edge i is the i-th pair. */
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
        return new SparseIntDirectedGraph(vertexCount, edges, IncomingEdgesSupport.LAZY_INCOMING_EDGES);
    }
}
