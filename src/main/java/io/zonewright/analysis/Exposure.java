package io.zonewright.analysis;

import io.zonewright.model.Topology;
import io.zonewright.model.Zone;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the editor's overlays show of a design, read from the analysis's graph: how far a compromised
 * service reaches, and which connections cross zones.
 */
public final class Exposure {

    private Exposure() {
    }

    /** Each service a compromise of {@code serviceId} reaches, with the fewest hops it takes (0 for itself). */
    public static Map<String, Integer> hopsFrom(Topology t, String serviceId) {
        TopologyGraph g = new AnalysisContext(t, AnalysisOptions.defaults()).graph();
        int start = g.vertexOf(serviceId);
        Paths paths = Paths.from(g, List.of(start));
        Map<String, Integer> out = new HashMap<>();
        for (int v = 0; v < g.serviceCount(); v++) {
            if (paths.reached(v)) {
                out.put(g.label(v), paths.pathTo(v).length - 1);
            }
        }
        return out;
    }

    /** The connections that cross a zone boundary: an end in one zone, the other in another. */
    public static Set<String> zoneCrossings(Topology t) {
        Set<String> out = new HashSet<>();
        for (ResolvedConnection rc : new AnalysisContext(t, AnalysisOptions.defaults()).connections()) {
            if (crosses(rc.from(), rc.to())) {
                out.add(rc.connection().id());
            }
        }
        return out;
    }

    private static boolean crosses(EndpointScope from, EndpointScope to) {
        for (Zone a : from.zones()) {
            for (Zone b : to.zones()) {
                if (a != b) {
                    return true;
                }
            }
        }
        return false;
    }
}
