package io.zonewright.analysis;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.ArrayList;
import java.util.BitSet;
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
     * Receives each strongly connected component once. The sets are shared with the computation: read them,
     * do not keep or change them.
     */
    @FunctionalInterface
    public interface Visitor {
        void visit(Component component);
    }

    /**
     * The services of one component and what they reach outside it. Every member reaches the same services,
     * so a rule can do per component what would otherwise be done per service.
     *
     * @param members the services of the component (hub vertices left out)
     * @param outside the services reachable from the component that are not in it
     * @param shared  whether the members reach one another: more than one service in a cycle
     */
    public record Component(BitSet members, BitSet outside, boolean shared) {

        /** The first service at or after {@code from} in the radius of {@code member}, or -1: as BitSet.nextSetBit. */
        public int nextInRadius(int member, int from) {
            int out = outside.nextSetBit(from);
            if (!shared()) {
                return out;
            }
            int in = members.nextSetBit(from);
            if (in == member) {
                in = members.nextSetBit(member + 1);
            }
            return out < 0 ? in : in < 0 ? out : Math.min(out, in);
        }

        /** The radius of {@code member} as a new set: what its compromise reaches, itself excluded. */
        public BitSet radiusOf(int member) {
            BitSet radius = (BitSet) outside.clone();
            if (shared()) {
                radius.or(members);
                radius.clear(member);
            }
            return radius;
        }
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
        Graph<Integer, Integer> dag = condensation(tg, componentOf, components.size());
        int[] pendingPredecessors = new int[components.size()];
        for (int e : dag.edgeSet()) {
            pendingPredecessors[dag.getEdgeTarget(e)]++;
        }
        BitSet[] reach = new BitSet[components.size()];
        for (int c : sinksFirst(dag)) {
            BitSet outside = collectSuccessors(dag, c, reach, pendingPredecessors);
            BitSet members = new BitSet();
            for (int v : components.get(c)) {
                if (tg.isService(v)) {
                    members.set(v);
                }
            }
            if (!members.isEmpty()) {
                visitor.visit(new Component(members, outside, members.cardinality() > 1));
            }
            if (pendingPredecessors[c] > 0) {
                outside.or(members);
                reach[c] = outside;
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

    private static Graph<Integer, Integer> condensation(TopologyGraph g, int[] componentOf, int count) {
        EdgeList edges = new EdgeList();
        for (int v = 0; v < g.vertexCount(); v++) {
            for (int i = 0; i < g.successorCount(v); i++) {
                int a = componentOf[v];
                int b = componentOf[g.successor(v, i)];
                if (a != b) {
                    edges.add(a, b);
                }
            }
        }
        return IntGraphs.directed(count, edges.sortedDistinct());
    }
}
