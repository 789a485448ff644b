package io.zonewright.analysis.rules;

import io.zonewright.analysis.AbstractRule;
import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.FindingMemo;
import io.zonewright.analysis.Paths;
import io.zonewright.analysis.Severity;
import io.zonewright.analysis.TopologyGraph;
import io.zonewright.model.ZoneRole;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * ZW201: the shortest chain of allowed connections from outside to each data-zone service. Every hop is a
 * layer an attacker must break, so the fewer the hops the worse: one hop is critical, two high, three
 * medium, more low.
 */
public final class AttackPathRule extends AbstractRule {

    public AttackPathRule() {
        super("ZW201", "Attack path from outside to the data zone", Severity.HIGH,
                "Network isolation exists so that a compromise in one part does not grant access to everything "
                        + "else. A chain of allowed connections from the internet to a data store is the route an "
                        + "attacker takes; each hop must be a deliberate, defended layer.",
                "Lengthen or break the chain: no data access from edge services, mTLS on every hop, fewer paths.");
    }

    @Override
    public boolean walksGraph() {
        return true;
    }

    @Override
    public void check(AnalysisContext context, Consumer<Finding> findings) {
        TopologyGraph g = context.graph();
        List<Integer> sources = g.externalVertices();
        if (sources.isEmpty()) {
            return;
        }
        Paths paths = g.pathsFromOutside();
        FindingMemo memo = context.memo(this);
        BitSet starts = new BitSet();
        sources.forEach(starts::set);
        for (int v = 0; v < g.serviceCount(); v++) {
            if (!paths.reached(v) || starts.get(v)) {
                continue;
            }
            if (g.zone(v).role() != ZoneRole.DATA) {
                continue;
            }
            int[] vertices = paths.pathTo(v);
            int target = v;
            findings.accept(memo.find(v, vertices, () -> attackPath(context, target, vertices)));
        }
    }

    /** The finding of an attack path along {@code vertices} to data-zone service {@code target}. */
    private Finding attackPath(AnalysisContext context, int target, int[] vertices) {
        TopologyGraph g = context.graph();
        List<String> path = Arrays.stream(vertices).mapToObj(g::label).toList();
        int hops = path.size() - 1;
        return serviceFinding(g.service(target), grade(hops), "attack path of " + hops + (hops == 1 ? " hop" : " hops")
                + " from outside to data-zone service " + context.resolver().describe(target) + ": "
                + String.join(" -> ", path), path, path);
    }

    static Severity grade(int hops) {
        return switch (hops) {
            case 1 -> Severity.CRITICAL;
            case 2 -> Severity.HIGH;
            case 3 -> Severity.MEDIUM;
            default -> Severity.LOW;
        };
    }
}
