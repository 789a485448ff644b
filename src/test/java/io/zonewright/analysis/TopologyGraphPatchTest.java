package io.zonewright.analysis;

import io.zonewright.GeneratedTopologies;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.model.Connection;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopologyGraphPatchTest {

    @Test
    void aPatchedGraphHasTheEdgesComponentsAndPathsOfOneBuiltAfresh() {
        Random random = new Random(5);
        Topology t = GeneratedTopologies.generate(120, 400, 9);
        AnalysisContext context = new AnalysisContext(t, AnalysisOptions.defaults());
        TopologyGraph graph = context.graph();
        graph.components();
        graph.pathsFromOutside();
        int carriedOver = 0;
        int pathsCarriedOver = 0;
        for (int step = 0; step < 200; step++) {
            Topology next;
            if (random.nextBoolean()) {
                Service a = t.services().get(random.nextInt(t.services().size()));
                Service b = t.services().get(random.nextInt(t.services().size()));
                next = a == b ? t : TopologyEdits.connect(t, a.id(), b.id());
            } else {
                Connection gone = t.connections().get(random.nextInt(t.connections().size()));
                next = TopologyEdits.remove(t, Set.of(gone.id()));
            }
            AnalysisContext nextContext = new AnalysisContext(next, AnalysisOptions.defaults());
            TopologyGraph fresh = nextContext.graph();
            TopologyGraph patched = graph.patched(next, difference(context, nextContext), difference(nextContext, context));
            assertNotNull(patched, "connections between services always patch");
            assertTrue(patched.sameEdgesAs(fresh), "edges after step " + step);
            Components expected = Components.of(fresh.graph());
            Components actual = patched.components();
            carriedOver += actual == graph.components() ? 1 : 0;
            assertSamePartition(expected, actual, fresh, "step " + step);
            for (int v = 0; v < fresh.vertexCount(); v++) {
                for (int i = 0; i < fresh.successorCount(v); i++) {
                    assertTrue(actual.componentOf(v) >= actual.componentOf(fresh.successor(v, i)), "numbered sinks first");
                }
            }
            Paths searched = Paths.from(fresh, fresh.externalVertices());
            Paths kept = patched.pathsFromOutside();
            pathsCarriedOver += kept == graph.pathsFromOutside() ? 1 : 0;
            for (int v = 0; v < fresh.vertexCount(); v++) {
                assertEquals(searched.reached(v), kept.reached(v), "step " + step + ": " + v + " reached");
                if (searched.reached(v)) {
                    assertArrayEquals(searched.pathTo(v), kept.pathTo(v), "step " + step + ": path to " + v);
                }
            }
            t = next;
            context = nextContext;
            graph = patched;
        }
        assertTrue(carriedOver > 50, "components carried over only " + carriedOver + " times");
        assertTrue(pathsCarriedOver > 50, "paths carried over only " + pathsCarriedOver + " times");
    }

    @Test
    void aConnectionFromAWholeZoneIsNotPatched() {
        Topology t = GeneratedTopologies.generate(40, 100, 2);
        AnalysisContext context = new AnalysisContext(t, AnalysisOptions.defaults());
        Connection c = t.connections().get(0);
        Topology next = TopologyEdits.replaceConnection(t, c.id(), new Connection(c.id(),
                new io.zonewright.model.Endpoint.ZoneRef(t.zones().get(1).id()), c.to(), c.port(), c.purpose(),
                c.auth(), c.tags(), c.location()));
        AnalysisContext nextContext = new AnalysisContext(next, AnalysisOptions.defaults());
        assertNull(context.graph().patched(next, difference(context, nextContext), difference(nextContext, context)));
    }

    /** The resolved connections of {@code a} whose connection {@code b} does not have. */
    private static List<ResolvedConnection> difference(AnalysisContext a, AnalysisContext b) {
        Set<Connection> others = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        b.connections().forEach(rc -> others.add(rc.connection()));
        List<ResolvedConnection> only = new ArrayList<>();
        a.connections().stream().filter(rc -> !others.contains(rc.connection())).forEach(only::add);
        return only;
    }

    private static void assertSamePartition(Components expected, Components actual, TopologyGraph g, String when) {
        assertEquals(expected.count(), actual.count(), when + ": how many components");
        for (int v = 0; v < g.vertexCount(); v++) {
            for (int w = v + 1; w < Math.min(g.vertexCount(), v + 40); w++) {
                assertEquals(expected.componentOf(v) == expected.componentOf(w), actual.componentOf(v) == actual.componentOf(w),
                        when + ": " + v + " and " + w + " together");
            }
        }
    }
}
