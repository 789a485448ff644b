package io.zonewright.analysis;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComponentsTest {

    private static final int VERTICES = 30;

    @Test
    void aNewEdgeUpTheNumberingRenumbersOrMergesTheComponentsItPutsOnACycle() {
        Random random = new Random(17);
        int renumbered = 0;
        int closedCycles = 0;
        for (int round = 0; round < 400; round++) {
            EdgeList edges = CsrGraphTest.randomEdges(random, VERTICES, 35);
            CsrGraph before = CsrGraph.of(VERTICES, edges.sortedDistinct());
            Components components = Components.of(before);
            int s = random.nextInt(VERTICES);
            int t = random.nextInt(VERTICES);
            if (s == t || before.getEdge(s, t) != null) {
                continue;
            }
            EdgeList appeared = new EdgeList();
            appeared.add(s, t);
            edges.add(s, t);
            CsrGraph after = CsrGraph.of(VERTICES, edges.sortedDistinct());
            Components fresh = Components.of(after);
            Components kept = components.after(appeared, new EdgeList(), after);
            boolean upward = components.componentOf(s) < components.componentOf(t);
            if (!upward) {
                assertSame(components, kept, "an edge down the numbering keeps the components as they are");
            } else {
                assertNotNull(kept, "round " + round + ": a single new edge is worked in");
                closedCycles += fresh.count() < components.count() ? 1 : 0;
                renumbered += fresh.count() == components.count() ? 1 : 0;
            }
            assertSamePartition(fresh, kept);
            assertNumberedSinksFirst(after, kept);
        }
        assertTrue(renumbered > 30 && closedCycles > 30, renumbered + " renumbered, " + closedCycles + " merged");
    }

    @Test
    void theLossOfAnEdgeInsideAComponentMayHaveSplitIt() {
        CsrGraph cycle = CsrGraph.of(3, new long[] {EdgeList.edge(0, 1), EdgeList.edge(1, 2), EdgeList.edge(2, 0)});
        Components components = Components.of(cycle);
        EdgeList gone = new EdgeList();
        gone.add(2, 0);
        assertNull(components.after(new EdgeList(), gone, CsrGraph.of(3, new long[] {EdgeList.edge(0, 1), EdgeList.edge(1, 2)})));
    }

    private static void assertSamePartition(Components expected, Components actual) {
        assertEquals(expected.count(), actual.count());
        for (int v = 0; v < VERTICES; v++) {
            for (int w = 0; w < VERTICES; w++) {
                assertEquals(expected.componentOf(v) == expected.componentOf(w), actual.componentOf(v) == actual.componentOf(w),
                        v + " and " + w + " together");
            }
        }
        int[] sizes = new int[actual.count()];
        for (int c = 0; c < actual.count(); c++) {
            sizes[c] = actual.memberCount(c);
            for (int i = 0; i < actual.memberCount(c); i++) {
                assertEquals(c, actual.componentOf(actual.member(c, i)), "members listed under their component");
            }
        }
        assertEquals(VERTICES, Arrays.stream(sizes).sum());
    }

    private static void assertNumberedSinksFirst(CsrGraph g, Components components) {
        for (int v = 0; v < VERTICES; v++) {
            for (int i = 0; i < g.successorCount(v); i++) {
                assertTrue(components.componentOf(v) >= components.componentOf(g.successor(v, i)),
                        "edge " + v + " -> " + g.successor(v, i) + " goes up the numbering");
            }
        }
    }
}
