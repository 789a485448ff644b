package io.zonewright.analysis;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

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

        /**
         * The first service at or after {@code from} that some member's compromise reaches, or -1 (as
         * BitSet.nextSetBit): one outside, or with {@link #shared} a member. Each member reaches all of
         * these but itself.
         */
        public int nextReached(int from) {
            int out = outside.nextSetBit(from);
            if (!shared()) {
                return out;
            }
            int in = members.nextSetBit(from);
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

    public static void compute(TopologyGraph g, Visitor visitor) {
        Components components = g.components();
        int count = components.count();
        // lastSeen[d] == c marks d as already met from c: each pair of components counts once, without sorting edges.
        int[] lastSeen = new int[count];
        int[] pendingPredecessors = new int[count];
        Arrays.fill(lastSeen, -1);
        for (int c = 0; c < count; c++) {
            forEachSuccessor(g, components, c, lastSeen, d -> pendingPredecessors[d]++);
        }
        Arrays.fill(lastSeen, -1);
        BitSet[] reach = new BitSet[count];
        for (int c = 0; c < count; c++) {
            BitSet outside = collectSuccessors(g, components, c, lastSeen, reach, pendingPredecessors);
            BitSet members = new BitSet();
            for (int i = 0; i < components.memberCount(c); i++) {
                int v = components.member(c, i);
                if (g.isService(v)) {
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

    /** Calls {@code action} once for each other component {@code c} has an edge to. */
    private static void forEachSuccessor(TopologyGraph g, Components components, int c, int[] lastSeen,
                                         IntConsumer action) {
        for (int m = 0; m < components.memberCount(c); m++) {
            int v = components.member(c, m);
            for (int i = 0; i < g.successorCount(v); i++) {
                int d = components.componentOf(g.successor(v, i));
                if (d != c && lastSeen[d] != c) {
                    lastSeen[d] = c;
                    action.accept(d);
                }
            }
        }
    }

    /** The union of what the successors of {@code c} reach, taking over a successor's set when c is its last user. */
    private static BitSet collectSuccessors(TopologyGraph g, Components components, int c, int[] lastSeen,
                                            BitSet[] reach, int[] pending) {
        BitSet[] acc = {null};
        forEachSuccessor(g, components, c, lastSeen, s -> {
            BitSet r = reach[s];
            boolean lastUser = --pending[s] == 0;
            if (acc[0] == null) {
                acc[0] = lastUser ? r : (BitSet) r.clone();
            } else {
                acc[0].or(r);
            }
            if (lastUser) {
                reach[s] = null;
            }
        });
        return acc[0] == null ? new BitSet() : acc[0];
    }
}
