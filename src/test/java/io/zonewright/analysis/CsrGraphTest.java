package io.zonewright.analysis;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsrGraphTest {

    private static final int VERTICES = 60;

    @Test
    void librarySearchesFindOnTheArraysWhatTheyFindOnALibraryGraphOfTheSameEdges() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            long[] edges = randomEdges(random, VERTICES, 150).sortedDistinct();
            CsrGraph csr = CsrGraph.of(VERTICES, edges);
            Graph<Integer, DefaultEdge> reference = libraryGraph(edges);
            List<Integer> starts = List.of(random.nextInt(VERTICES), random.nextInt(VERTICES));
            assertEquals(order(new BreadthFirstIterator<>(reference, starts)), order(new BreadthFirstIterator<>(csr, starts)),
                    "round " + round);
            assertEquals(new HashSet<>(new GabowStrongConnectivityInspector<>(reference).stronglyConnectedSets()),
                    new HashSet<>(new GabowStrongConnectivityInspector<>(csr).stronglyConnectedSets()), "round " + round);
        }
    }

    @Test
    void answersEdgeQueriesAndTurnsAround() {
        CsrGraph g = CsrGraph.of(4, new long[] {EdgeList.edge(0, 1), EdgeList.edge(0, 3), EdgeList.edge(2, 1)});
        assertEquals(3, g.edgeSet().size());
        assertEquals(Set.of(0, 1, 2, 3), g.vertexSet());
        assertEquals(3, g.getEdgeTarget(g.getEdge(0, 3)));
        assertNull(g.getEdge(1, 0));
        assertEquals(2, g.inDegreeOf(1));
        assertEquals(Set.of(g.getEdge(0, 1), g.getEdge(2, 1)), g.incomingEdgesOf(1));
        assertEquals(2, g.degreeOf(0));
        assertEquals(Set.of(g.getEdge(0, 1), g.getEdge(0, 3)), g.edgesOf(0));
        assertEquals(0, g.outDegreeOf(3));
        CsrGraph turned = g.reversed();
        assertEquals(Set.of(0, 2), successors(turned, 1));
        assertEquals(Set.of(0), successors(turned, 3));
        assertEquals(Set.of(), successors(turned, 0));
        assertThrows(UnsupportedOperationException.class, () -> g.addEdge(1, 0));
        assertThrows(IllegalArgumentException.class, () -> g.outgoingEdgesOf(4));
    }

    private static Set<Integer> successors(CsrGraph g, int v) {
        Set<Integer> out = new HashSet<>();
        for (int e : g.outgoingEdgesOf(v)) {
            out.add(g.getEdgeTarget(e));
        }
        return out;
    }

    /** Up to {@code count} random edges between {@code vertices} vertices, none from a vertex to itself. */
    static EdgeList randomEdges(Random random, int vertices, int count) {
        EdgeList edges = new EdgeList();
        for (int i = 0; i < count; i++) {
            int a = random.nextInt(vertices);
            int b = random.nextInt(vertices);
            if (a != b) {
                edges.add(a, b);
            }
        }
        return edges;
    }

    private static Graph<Integer, DefaultEdge> libraryGraph(long[] sortedEdges) {
        Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < VERTICES; v++) {
            g.addVertex(v);
        }
        for (long e : sortedEdges) {
            g.addEdge(EdgeList.source(e), EdgeList.target(e));
        }
        return g;
    }

    private static List<Integer> order(BreadthFirstIterator<Integer, ?> search) {
        List<Integer> order = new ArrayList<>();
        search.forEachRemaining(order::add);
        return order;
    }
}
