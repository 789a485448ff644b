package io.zonewright.analysis;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the compromise of each service reaches, for all services at once. One search per service would be
 * quadratic (seconds at 5,000 services), so strongly connected components are collapsed and reachability
 * is propagated as bit sets over the resulting DAG, in reverse topological order. A component's set is
 * handed over to its last predecessor rather than copied, so a long chain costs linear memory.
 */
public final class BlastRadius {

    /**
     * Receives, for one service, the services its compromise reaches (the service itself excluded). The
     * set is shared with the computation: read it, do not keep or change it.
     */
    @FunctionalInterface
    public interface Visitor {
        void visit(int serviceVertex, BitSet reachable);
    }

    private BlastRadius() {
    }

    public static void compute(TopologyGraph tg, Visitor visitor) {
        Graph<Integer, Integer> g = tg.graph();
        int n = tg.vertexCount();
        List<Set<Integer>> components = DeepStack.call(() -> new GabowStrongConnectivityInspector<>(g).stronglyConnectedSets());
        int[] componentOf = new int[n];
        for (int c = 0; c < components.size(); c++) {
            for (int v : components.get(c)) {
                componentOf[v] = c;
            }
        }
        Graph<Integer, Integer> dag = condensation(g, componentOf, components.size());
        int[] pendingPredecessors = new int[components.size()];
        for (int e : dag.edgeSet()) {
            pendingPredecessors[dag.getEdgeTarget(e)]++;
        }
        BitSet[] reach = new BitSet[components.size()];
        for (int c : sinksFirst(dag)) {
            BitSet below = collectSuccessors(dag, c, reach, pendingPredecessors);
            BitSet members = new BitSet();
            for (int v : components.get(c)) {
                if (tg.isService(v)) {
                    members.set(v);
                }
            }
            if (members.cardinality() == 1) {
                // Most components are a single service, which never lies below itself: no copy needed.
                visitor.visit(members.nextSetBit(0), below);
            } else {
                for (int v = members.nextSetBit(0); v >= 0; v = members.nextSetBit(v + 1)) {
                    BitSet radius = (BitSet) below.clone();
                    radius.or(members);
                    radius.clear(v);
                    visitor.visit(v, radius);
                }
            }
            if (pendingPredecessors[c] > 0) {
                below.or(members);
                reach[c] = below;
            }
        }
    }

    /** The union of what the successors of {@code c} reach, taking over a successor's set when c is its last user. */
    private static BitSet collectSuccessors(Graph<Integer, Integer> dag, int c, BitSet[] reach, int[] pending) {
        BitSet acc = null;
        for (int edge : dag.outgoingEdgesOf(c)) {
            int s = dag.getEdgeTarget(edge);
            BitSet r = reach[s];
            boolean lastUser = --pending[s] == 0;
            if (acc == null) {
                acc = lastUser ? r : (BitSet) r.clone();
            } else {
                acc.or(r);
            }
            if (lastUser) {
                reach[s] = null;
            }
        }
        return acc == null ? new BitSet() : acc;
    }

    /**
     * The components in an order where each comes after everything it reaches. Gabow's search completes a
     * component only after those below it, so its list is already in that order; that is how the algorithm
     * works rather than a promise of the library, so it is checked, and sorted when not so.
     */
    static List<Integer> sinksFirst(Graph<Integer, Integer> dag) {
        int count = dag.vertexSet().size();
        boolean ordered = true;
        for (int e : dag.edgeSet()) {
            if (dag.getEdgeSource(e) < dag.getEdgeTarget(e)) {
                ordered = false;
                break;
            }
        }
        List<Integer> order = new ArrayList<>(count);
        if (ordered) {
            for (int c = 0; c < count; c++) {
                order.add(c);
            }
        } else {
            new TopologicalOrderIterator<>(IntGraphs.reversedWithIncomingEdges(dag)).forEachRemaining(order::add);
        }
        return order;
    }

    private static Graph<Integer, Integer> condensation(Graph<Integer, Integer> g, int[] componentOf, int count) {
        long[] packed = new long[g.edgeSet().size()];
        int n = 0;
        for (int e : g.edgeSet()) {
            int a = componentOf[g.getEdgeSource(e)];
            int b = componentOf[g.getEdgeTarget(e)];
            if (a != b) {
                packed[n++] = ((long) a << 32) | b;
            }
        }
        long[] sorted = Arrays.copyOf(packed, n);
        Arrays.sort(sorted);
        List<Pair<Integer, Integer>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                edges.add(Pair.of((int) (sorted[i] >>> 32), (int) sorted[i]));
            }
        }
        return IntGraphs.directed(count, edges);
    }
}
