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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
    public void check(AnalysisContext context, Consumer<Finding> findings) {
        TopologyGraph g = context.graph();
        int total = g.serviceCount();
        if (total < 2) {
            return;
        }
        BitSet dataStores = new BitSet();
        Map<Zone, BitSet> zoneMembers = new LinkedHashMap<>();
        for (int v = 0; v < total; v++) {
            Zone zone = context.topology().zoneOf(g.service(v));
            zoneMembers.computeIfAbsent(zone, z -> new BitSet()).set(v);
            if (zone.role() == ZoneRole.DATA) {
                dataStores.set(v);
            }
        }
        double share = context.options().blastRadiusShare();
        BlastRadius.compute(g, (v, reachable) -> {
            int size = reachable.cardinality();
            boolean tooWide = size > share * (total - 1);
            BitSet indirectData = new BitSet();
            if (reachable.intersects(dataStores)) {
                indirectData = (BitSet) reachable.clone();
                indirectData.and(dataStores);
                indirectData.andNot(directTargets(g, v));
            }
            if (indirectData.isEmpty() && !tooWide) {
                return;
            }
            Service s = g.service(v);
            List<String> data = indirectData.stream().limit(NAMED).mapToObj(g::label).toList();
            int more = indirectData.cardinality() - data.size();
            String why = tooWide
                    ? "more than " + Math.round(share * 100) + "% of all services"
                    : "data stores it does not connect to: " + String.join(", ", data) + (more > 0 ? " and " + more + " more" : "");
            List<String> elements = new ArrayList<>(List.of(s.id()));
            elements.addAll(data);
            findings.accept(serviceFinding(s, severity(), "a compromise of " + describe(s) + " reaches " + size
                    + (size == 1 ? " service" : " services") + " (" + byZone(zoneMembers, reachable) + "); " + why,
                    elements, List.of()));
        });
    }

    /** The services {@code v} opens connections to itself, directly or through a broad source it belongs to. */
    private static BitSet directTargets(TopologyGraph g, int v) {
        BitSet out = new BitSet();
        for (int e : g.graph().outgoingEdgesOf(v)) {
            int t = g.graph().getEdgeTarget(e);
            if (g.isService(t)) {
                out.set(t);
            } else {
                for (int hubEdge : g.graph().outgoingEdgesOf(t)) {
                    out.set(g.graph().getEdgeTarget(hubEdge));
                }
            }
        }
        return out;
    }

    private static String byZone(Map<Zone, BitSet> zoneMembers, BitSet reachable) {
        return zoneMembers.entrySet().stream()
                .map(e -> {
                    BitSet inZone = (BitSet) e.getValue().clone();
                    inZone.and(reachable);
                    return Map.entry(e.getKey().displayName(), inZone.cardinality());
                })
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
