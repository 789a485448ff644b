package io.zonewright.analysis;

import io.zonewright.model.Topology;
import io.zonewright.model.Waiver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule on a design and applies its waivers. Pure: safe off the FX thread. The rules that walk
 * the connection graph run on a second thread (the common pool) while the others run on the caller's, so
 * that both cores of a small machine work on one analysis.
 */
public final class Analyzer {

    /** Worst first, then by where they are written, then by rule: the order every report uses. */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int c = a.severity().compareTo(b.severity());
        if (c == 0) {
            c = Integer.compare(a.location().line(), b.location().line());
        }
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        if (c == 0) {
            c = a.target().compareTo(b.target());
        }
        return c != 0 ? c : a.message().compareTo(b.message());
    };

    private Analyzer() {
    }

    public static Report analyze(Topology topology, AnalysisOptions options) {
        AnalysisContext context = new AnalysisContext(topology, options);
        List<Rule> graphRules = Rules.analysisRules().stream().filter(Rule::walksGraph).toList();
        CompletableFuture<List<Finding>> fromGraph = CompletableFuture.supplyAsync(() -> {
            List<Finding> found = new ArrayList<>();
            graphRules.forEach(rule -> rule.check(context, found::add));
            return found;
        });
        List<Finding> raw = new ArrayList<>();
        Consumer<Finding> sink = raw::add;
        List<ConnectionRule> perConnection = new ArrayList<>();
        for (Rule rule : Rules.analysisRules()) {
            if (rule instanceof ConnectionRule connectionRule) {
                perConnection.add(connectionRule);
            } else if (!rule.walksGraph()) {
                rule.check(context, sink);
            }
        }
        // One pass over the connections for all per-connection rules: each connection is read from memory
        // once instead of once per rule, which is most of their cost on large designs.
        for (ResolvedConnection rc : context.connections()) {
            for (ConnectionRule rule : perConnection) {
                rule.check(rc, context, sink);
            }
        }
        raw.addAll(fromGraph.join());
        return applyWaivers(topology, options, raw);
    }

    private static Report applyWaivers(Topology topology, AnalysisOptions options, List<Finding> raw) {
        Map<String, Waiver> active = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Waiver w : topology.waivers()) {
            if (w.isExpiredOn(options.today())) {
                findings.add(WaiverFindings.expired(w));
            } else {
                active.put(w.rule() + "\n" + w.target(), w);
            }
        }
        List<WaivedFinding> waived = new ArrayList<>();
        for (Finding f : raw) {
            Waiver w = active.isEmpty() ? null : active.get(f.rule() + "\n" + f.target());
            if (w == null) {
                findings.add(f);
            } else {
                waived.add(new WaivedFinding(f, w));
            }
        }
        Set<Waiver> used = new HashSet<>();
        waived.forEach(wf -> used.add(wf.waiver()));
        active.values().stream().filter(w -> !used.contains(w)).map(WaiverFindings::unused).forEach(findings::add);
        findings.sort(ORDER);
        waived.sort(Comparator.comparing(WaivedFinding::finding, ORDER));
        return new Report(findings, waived);
    }
}
