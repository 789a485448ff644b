package io.zonewright.analysis;

import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An immutable directed graph over int vertices {@code 0..n-1}, kept as compressed sparse rows (the
 * successors of v are {@code targets[firstEdge[v]..firstEdge[v + 1])}, and edge i is the i-th of them), seen
 * through JGraphT's {@link org.jgrapht.Graph} interface. The library's searches run on the very arrays the
 * rules read: copying 30,000 edges into one of the library's own graphs cost more than the search itself.
 * Vertex and edge sets are ranges, made on demand; the index of incoming edges is made only when asked
 * for, which the searches on a design's graph (breadth-first, Gabow's components) never do.
 */
final class CsrGraph extends AbstractGraph<Integer, Integer> {

    private static final GraphType TYPE = new DefaultGraphType.Builder().directed().allowSelfLoops(false)
            .allowMultipleEdges(false).weighted(false).modifiable(false).build();

    private final int vertexCount;
    private final int[] firstEdge;
    private final int[] targets;
    /** The source of each edge: a search asks for it at every edge it follows. */
    private final int[] sources;
    /** The edges into v are {@code incoming[firstIncoming[v]..firstIncoming[v + 1])}, both arrays made on first use. */
    private final Lazy<int[][]> incomingIndex;

    /** The arrays are shared, not copied: the caller must not change them. */
    CsrGraph(int vertexCount, int[] firstEdge, int[] targets) {
        this.vertexCount = vertexCount;
        this.firstEdge = firstEdge;
        this.targets = targets;
        sources = new int[targets.length];
        for (int v = 0; v < vertexCount; v++) {
            Arrays.fill(sources, firstEdge[v], firstEdge[v + 1], v);
        }
        incomingIndex = new Lazy<>(null, this::indexIncoming);
    }

    private int[][] indexIncoming() {
        int[] firstIncoming = new int[vertexCount + 1];
        for (int t : targets) {
            firstIncoming[t + 1]++;
        }
        for (int v = 0; v < vertexCount; v++) {
            firstIncoming[v + 1] += firstIncoming[v];
        }
        int[] incoming = new int[targets.length];
        int[] next = firstIncoming.clone();
        for (int e = 0; e < targets.length; e++) {
            incoming[next[targets[e]]++] = e;
        }
        return new int[][] {firstIncoming, incoming};
    }

    /** A graph of packed edges sorted by source then target, without duplicates, as {@link EdgeList} gives them. */
    static CsrGraph of(int vertexCount, long[] sortedDistinctEdges) {
        int[] firstEdge = new int[vertexCount + 1];
        int[] targets = new int[sortedDistinctEdges.length];
        for (int i = 0; i < sortedDistinctEdges.length; i++) {
            targets[i] = EdgeList.target(sortedDistinctEdges[i]);
            firstEdge[EdgeList.source(sortedDistinctEdges[i]) + 1]++;
        }
        for (int v = 0; v < vertexCount; v++) {
            firstEdge[v + 1] += firstEdge[v];
        }
        return new CsrGraph(vertexCount, firstEdge, targets);
    }

    int vertexCount() {
        return vertexCount;
    }

    /** How many vertices {@code v} has an edge to. */
    int successorCount(int v) {
        return firstEdge[v + 1] - firstEdge[v];
    }

    /** The {@code i}-th vertex {@code v} has an edge to, in increasing order. */
    int successor(int v, int i) {
        return targets[firstEdge[v] + i];
    }

    /** The same vertices with every edge turned around. */
    CsrGraph reversed() {
        EdgeList turned = new EdgeList();
        for (int e = 0; e < targets.length; e++) {
            turned.add(targets[e], sources[e]);
        }
        return of(vertexCount, turned.sortedDistinct());
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer vertex) {
        assertVertexExist(vertex);
        return new IntSlice(null, firstEdge[vertex], firstEdge[vertex + 1]);
    }

    @Override
    public int outDegreeOf(Integer vertex) {
        assertVertexExist(vertex);
        return firstEdge[vertex + 1] - firstEdge[vertex];
    }

    @Override
    public int inDegreeOf(Integer vertex) {
        assertVertexExist(vertex);
        int[] firstIncoming = incomingIndex.get()[0];
        return firstIncoming[vertex + 1] - firstIncoming[vertex];
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer vertex) {
        assertVertexExist(vertex);
        int[][] index = incomingIndex.get();
        return new IntSlice(index[1], index[0][vertex], index[0][vertex + 1]);
    }

    @Override
    public int degreeOf(Integer vertex) {
        return inDegreeOf(vertex) + outDegreeOf(vertex);
    }

    @Override
    public Set<Integer> edgesOf(Integer vertex) {
        Set<Integer> edges = new LinkedHashSet<>(outgoingEdgesOf(vertex));
        edges.addAll(incomingEdgesOf(vertex));
        return edges;
    }

    @Override
    public Integer getEdgeSource(Integer edge) {
        return sources[edge];
    }

    @Override
    public Integer getEdgeTarget(Integer edge) {
        return targets[edge];
    }

    @Override
    public Integer getEdge(Integer source, Integer target) {
        if (!containsVertex(source) || !containsVertex(target)) {
            return null;
        }
        int at = Arrays.binarySearch(targets, firstEdge[source], firstEdge[source + 1], target);
        return at >= 0 ? at : null;
    }

    @Override
    public Set<Integer> getAllEdges(Integer source, Integer target) {
        Integer edge = getEdge(source, target);
        return edge == null ? Set.of() : Set.of(edge);
    }

    @Override
    public boolean containsEdge(Integer edge) {
        return edge != null && edge >= 0 && edge < targets.length;
    }

    @Override
    public boolean containsVertex(Integer vertex) {
        return vertex != null && vertex >= 0 && vertex < vertexCount;
    }

    @Override
    public Set<Integer> vertexSet() {
        return new IntSlice(null, 0, vertexCount);
    }

    @Override
    public Set<Integer> edgeSet() {
        return new IntSlice(null, 0, targets.length);
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Integer edge) {
        return DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer source, Integer target) {
        throw unmodifiable();
    }

    @Override
    public boolean addEdge(Integer source, Integer target, Integer edge) {
        throw unmodifiable();
    }

    @Override
    public Integer addVertex() {
        throw unmodifiable();
    }

    @Override
    public boolean addVertex(Integer vertex) {
        throw unmodifiable();
    }

    @Override
    public Integer removeEdge(Integer source, Integer target) {
        throw unmodifiable();
    }

    @Override
    public boolean removeEdge(Integer edge) {
        throw unmodifiable();
    }

    @Override
    public boolean removeVertex(Integer vertex) {
        throw unmodifiable();
    }

    @Override
    public void setEdgeWeight(Integer edge, double weight) {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("the graph of a design is immutable");
    }

    /**
     * {@code values[from..to)} as a set of distinct ints, without copying them; with no values, the ints
     * {@code from..to-1} themselves.
     */
    private static final class IntSlice extends AbstractSet<Integer> {
        private final int[] values;
        private final int from;
        private final int to;

        IntSlice(int[] values, int from, int to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Integer i)) {
                return false;
            }
            if (values == null) {
                return i >= from && i < to;
            }
            for (int at = from; at < to; at++) {
                if (values[at] == i) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int at = from;

                @Override
                public boolean hasNext() {
                    return at < to;
                }

                @Override
                public Integer next() {
                    if (at >= to) {
                        throw new NoSuchElementException();
                    }
                    int next = values == null ? at : values[at];
                    at++;
                    return next;
                }
            };
        }
    }
}
