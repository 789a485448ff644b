package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.BlastRadius;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.TopologyGraph;
import io.zonewright.model.Service;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * ZW202: what a compromised service can reach, transitively. Reported when that includes a data store the
 * service does not connect to itself, or more than the configured share of all services.
 */
public final class BlastRadiusRule extends AbstractRule {

    /** How many unconnected data stores a message names; the blast radius overlay shows them all. */
    private static final int NAMED = 5;

    public BlastRadiusRule() {
        super("ZW202", "Large blast radius", Severity.LOW,
                "A compromise in one part of the infrastructure should not grant access to everything else. "
                        + "A service whose compromise reaches data it never uses, or most of the system, "
                        + "concentrates risk.",
                "Cut the transitive paths: narrower connections, no zone-wide sources, separate data per service.");
    }

    @Override
    public boolean walksGraph() {
        return true;
    }

    @Override
    public void check(AnalysisContext context, Consumer<Finding> findings) {
        TopologyGraph g = context.graph();
        int total = g.serviceCount();
        if (total < 2) {
            return;
        }
        ZoneRanges zones = new ZoneRanges(g);
        double share = context.options().blastRadiusShare();
        BlastRadius.compute(g, (v, reachable) -> {
            int size = reachable.cardinality();
            boolean tooWide = size > share * (total - 1);
            List<String> unconnectedData = new ArrayList<>();
            int unconnectedCount = 0;
            if (zones.reachesData(reachable)) {
                int[] direct = directTargets(g, v);
                for (int[] range : zones.dataRanges) {
                    BitSet unconnected = reachable.get(range[0], range[1]);
                    for (int t : direct) {
                        if (t >= range[0] && t < range[1]) {
                            unconnected.clear(t - range[0]);
                        }
                    }
                    unconnectedCount += unconnected.cardinality();
                    for (int d = unconnected.nextSetBit(0); d >= 0 && unconnectedData.size() < NAMED; d = unconnected.nextSetBit(d + 1)) {
                        unconnectedData.add(g.label(range[0] + d));
                    }
                }
            }
            if (unconnectedCount == 0 && !tooWide) {
                return;
            }
            Service s = g.service(v);
            int more = unconnectedCount - unconnectedData.size();
            String why = tooWide
                    ? "more than " + Math.round(share * 100) + "% of all services"
                    : "data stores it does not connect to: " + String.join(", ", unconnectedData)
                    + (more > 0 ? " and " + more + " more" : "");
            List<String> elements = new ArrayList<>(List.of(s.id()));
            elements.addAll(unconnectedData);
            findings.accept(serviceFinding(s, severity(), "a compromise of " + describe(s) + " reaches " + size
                    + (size == 1 ? " service" : " services") + " (" + zones.describe(reachable) + "); " + why,
                    elements, List.of()));
        });
    }

    /**
     * Services are in canonical order, grouped by zone, so each zone is a contiguous range of vertices and
     * counting a radius per zone needs no set intersection.
     */
    private static final class ZoneRanges {
        private final List<Zone> zones = new ArrayList<>();
        private final List<int[]> ranges = new ArrayList<>();
        private final List<int[]> dataRanges = new ArrayList<>();

        ZoneRanges(TopologyGraph g) {
            for (int v = 0; v < g.serviceCount(); v++) {
                Zone zone = g.topology().zoneOf(g.service(v));
                if (zones.isEmpty() || zones.get(zones.size() - 1) != zone) {
                    zones.add(zone);
                    ranges.add(new int[] {v, v + 1});
                    if (zone.role() == ZoneRole.DATA) {
                        dataRanges.add(ranges.get(ranges.size() - 1));
                    }
                } else {
                    ranges.get(ranges.size() - 1)[1] = v + 1;
                }
            }
        }

        boolean reachesData(BitSet reachable) {
            for (int[] range : dataRanges) {
                int d = reachable.nextSetBit(range[0]);
                if (d >= 0 && d < range[1]) {
                    return true;
                }
            }
            return false;
        }

        String describe(BitSet reachable) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < zones.size(); i++) {
                int[] range = ranges.get(i);
                int count = reachable.get(range[0], range[1]).cardinality();
                if (count > 0) {
                    out.append(out.length() == 0 ? "" : ", ").append(zones.get(i).displayName()).append(' ').append(count);
                }
            }
            return out.toString();
        }
    }

    /** The services {@code v} opens connections to itself, directly or through a broad source it belongs to. */
    private static int[] directTargets(TopologyGraph g, int v) {
        IntStream.Builder out = IntStream.builder();
        for (int e : g.graph().outgoingEdgesOf(v)) {
            int t = g.graph().getEdgeTarget(e);
            if (g.isService(t)) {
                out.add(t);
            } else {
                for (int hubEdge : g.graph().outgoingEdgesOf(t)) {
                    out.add(g.graph().getEdgeTarget(hubEdge));
                }
            }
        }
        return out.build().toArray();
    }
}
