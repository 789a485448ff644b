package io.zonewright.analysis;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The strongly connected components of a topology graph, numbered so that an edge between two components
 * always goes from the higher number to the lower: counting up from 0, each component comes after
 * everything it reaches, which is the order reachability is propagated in.
 */
final class Components {

    private final int[] componentOf;
    private final int count;
    /** The vertices of component c are {@code member[firstMember[c]..firstMember[c + 1])}, in increasing order. */
    private final int[] firstMember;
    private final int[] member;

    private Components(int[] componentOf, int count) {
        this.componentOf = componentOf;
        this.count = count;
        firstMember = new int[count + 1];
        for (int c : componentOf) {
            firstMember[c + 1]++;
        }
        for (int c = 0; c < count; c++) {
            firstMember[c + 1] += firstMember[c];
        }
        member = new int[componentOf.length];
        int[] next = firstMember.clone();
        for (int v = 0; v < componentOf.length; v++) {
            member[next[componentOf[v]]++] = v;
        }
    }

    /**
     * Gabow's search completes a component only after those it reaches, so its list is already numbered
     * sinks first; that is how the algorithm works rather than a promise of the library, so it is checked,
     * and the components renumbered when not so.
     */
    static Components of(CsrGraph g) {
        List<Set<Integer>> sets = DeepStack.call(() -> new GabowStrongConnectivityInspector<>(g).stronglyConnectedSets());
        int[] componentOf = new int[g.vertexCount()];
        for (int c = 0; c < sets.size(); c++) {
            for (int v : sets.get(c)) {
                componentOf[v] = c;
            }
        }
        if (!numberedSinksFirst(g, componentOf)) {
            EdgeList between = new EdgeList();
            for (int v = 0; v < g.vertexCount(); v++) {
                for (int i = 0; i < g.successorCount(v); i++) {
                    int a = componentOf[v];
                    int b = componentOf[g.successor(v, i)];
                    if (a != b) {
                        between.add(a, b);
                    }
                }
            }
            List<Integer> order = sinksFirst(CsrGraph.of(sets.size(), between.sortedDistinct()));
            int[] rank = new int[sets.size()];
            for (int i = 0; i < order.size(); i++) {
                rank[order.get(i)] = i;
            }
            for (int v = 0; v < componentOf.length; v++) {
                componentOf[v] = rank[componentOf[v]];
            }
        }
        return new Components(componentOf, sets.size());
    }

    private static boolean numberedSinksFirst(CsrGraph g, int[] componentOf) {
        for (int v = 0; v < g.vertexCount(); v++) {
            for (int i = 0; i < g.successorCount(v); i++) {
                if (componentOf[v] < componentOf[g.successor(v, i)]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The vertices of a directed acyclic graph in an order where each comes after everything it reaches. */
    static List<Integer> sinksFirst(CsrGraph dag) {
        List<Integer> order = new ArrayList<>(dag.vertexSet().size());
        new TopologicalOrderIterator<>(dag.reversed()).forEachRemaining(order::add);
        return order;
    }

    /**
     * These components in {@code after}, the graph once the given edges appeared and disappeared, when that
     * cannot have split any of them; null when it may have. The loss of an edge between two components splits
     * neither; an edge down the numbering (or inside a component) closes no cycle and keeps the order; a
     * single edge up the numbering is worked in by {@link #withEdgeUp}. Anything else: null.
     */
    Components after(EdgeList appeared, EdgeList disappeared, CsrGraph after) {
        for (long e : disappeared.added()) {
            if (componentOf[EdgeList.source(e)] == componentOf[EdgeList.target(e)]) {
                return null;
            }
        }
        long upward = -1;
        for (long e : appeared.added()) {
            if (componentOf[EdgeList.source(e)] < componentOf[EdgeList.target(e)]) {
                if (upward >= 0 && upward != e) {
                    return null;
                }
                upward = e;
            }
        }
        return upward < 0 ? this : withEdgeUp(componentOf[EdgeList.source(upward)], EdgeList.target(upward), after);
    }

    /**
     * These components once an edge from component {@code low} to {@code target}, numbered higher, appeared.
     * Only the components numbered between the two can be on a new cycle: a search confined to them finds
     * those the target reaches; those of them with an edge to {@code low}, or to one found so already, reach
     * back, and merge with {@code low} (asked in increasing number, each after those it leads to). In that
     * range the reached ones that do not reach back come first, then the merged component, then the rest,
     * each group in its old order: no edge leads from a group to a later one, so the numbering stays sinks
     * first, and Gabow's search over the whole graph is not needed.
     */
    private Components withEdgeUp(int low, int target, CsrGraph after) {
        int high = componentOf[target];
        Graph<Integer, Integer> between = new MaskSubgraph<>(after,
                v -> componentOf[v] <= low || componentOf[v] > high, e -> false);
        BitSet reached = new BitSet();
        new BreadthFirstIterator<>(between, target).forEachRemaining(v -> reached.set(componentOf[v]));
        BitSet reachBack = new BitSet();
        for (int c = reached.nextSetBit(0); c >= 0; c = reached.nextSetBit(c + 1)) {
            if (leadsTo(after, c, low, reachBack)) {
                reachBack.set(c);
            }
        }
        int mergedAway = reachBack.cardinality();
        int[] renumbered = new int[count];
        for (int c = 0; c < count; c++) {
            renumbered[c] = c <= high ? c : c - mergedAway;
        }
        int next = low;
        for (int c = reached.nextSetBit(0); c >= 0; c = reached.nextSetBit(c + 1)) {
            if (!reachBack.get(c)) {
                renumbered[c] = next++;
            }
        }
        if (mergedAway > 0) {
            int merged = next++;
            renumbered[low] = merged;
            reachBack.stream().forEach(c -> renumbered[c] = merged);
        }
        for (int c = low; c <= high; c++) {
            if (!reached.get(c) && (c != low || mergedAway == 0)) {
                renumbered[c] = next++;
            }
        }
        int[] moved = new int[componentOf.length];
        for (int v = 0; v < moved.length; v++) {
            moved[v] = renumbered[componentOf[v]];
        }
        return new Components(moved, count - mergedAway);
    }

    /** Whether a member of component {@code c} has an edge to component {@code low} or to one in {@code found}. */
    private boolean leadsTo(CsrGraph g, int c, int low, BitSet found) {
        for (int m = 0; m < memberCount(c); m++) {
            int v = member(c, m);
            for (int i = 0; i < g.successorCount(v); i++) {
                int d = componentOf[g.successor(v, i)];
                if (d == low || d != c && found.get(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    int count() {
        return count;
    }

    int componentOf(int vertex) {
        return componentOf[vertex];
    }

    int memberCount(int component) {
        return firstMember[component + 1] - firstMember[component];
    }

    /** The {@code i}-th vertex of a component, in increasing order. */
    int member(int component, int i) {
        return member[firstMember[component] + i];
    }
}
