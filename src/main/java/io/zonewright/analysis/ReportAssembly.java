package io.zonewright.analysis;

import io.zonewright.model.Topology;
import io.zonewright.model.Waiver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rules' findings into a report: waivers applied, stale and expired waivers reported, worst first.
 * A report can also be updated for a design one edit away, which sorts only the findings that changed and
 * merges them into the sorted lists before.
 */
final class ReportAssembly {

    /** Positions take the low bits of a sort key, above them the line (31 bits), then the severity. */
    private static final int POSITION_BITS = 27;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private static final Comparator<WaivedFinding> WAIVED_ORDER = Comparator.comparing(WaivedFinding::finding, Analyzer.ORDER);

    private ReportAssembly() {
    }

    static Report assemble(Topology topology, AnalysisOptions options, List<Finding> raw) {
        Waivers waivers = new Waivers(topology, options);
        List<Finding> findings = new ArrayList<>(waivers.expired);
        List<WaivedFinding> waived = new ArrayList<>();
        waivers.sort(raw, findings, waived);
        findings.addAll(waivers.unused(waived));
        waived.sort(WAIVED_ORDER);
        return new Report(sorted(findings), waived);
    }

    /**
     * The findings in {@link Analyzer#ORDER}, as a stable sort would give them. Nearly all findings differ
     * by severity or line already, so they are sorted as packed longs of those two (with their position,
     * which keeps the sort stable) and only findings sharing both are compared in full: thousands of
     * comparisons that each read two findings and their locations become a sort of numbers.
     */
    static List<Finding> sorted(List<Finding> findings) {
        long[] keys = new long[findings.size()];
        for (int i = 0; i < keys.length; i++) {
            Finding f = findings.get(i);
            keys[i] = (long) f.severity().ordinal() << 58 | (long) f.location().line() << POSITION_BITS | i;
        }
        Arrays.sort(keys);
        List<Finding> out = new ArrayList<>(keys.length);
        int runStart = 0;
        for (int k = 0; k < keys.length; k++) {
            out.add(findings.get((int) (keys[k] & POSITION_MASK)));
            boolean runEnds = k + 1 == keys.length || keys[k + 1] >>> POSITION_BITS != keys[k] >>> POSITION_BITS;
            if (runEnds) {
                if (k > runStart) {
                    out.subList(runStart, k + 1).sort(Analyzer.ORDER);
                }
                runStart = k + 1;
            }
        }
        return out;
    }

    /**
     * The report of a design whose findings are those of {@code before} without {@code removed} (compared
     * by identity) and with {@code added}; the waivers and options must be those {@code before} was made with.
     */
    static Report update(Report before, Topology topology, AnalysisOptions options, Set<Finding> removed,
                         Collection<Finding> added) {
        Waivers waivers = new Waivers(topology, options);
        List<Finding> findings = new ArrayList<>(before.findings().size() + added.size());
        for (Finding f : before.findings()) {
            // Stale-waiver findings depend on every other finding: they are made again below.
            if (!removed.contains(f) && !f.rule().equals(WaiverFindings.UNUSED.id())) {
                findings.add(f);
            }
        }
        List<WaivedFinding> waived = new ArrayList<>(before.waived().size());
        for (WaivedFinding wf : before.waived()) {
            if (!removed.contains(wf.finding())) {
                waived.add(wf);
            }
        }
        List<Finding> newFindings = new ArrayList<>();
        List<WaivedFinding> newWaived = new ArrayList<>();
        waivers.sort(added, newFindings, newWaived);
        newWaived.sort(WAIVED_ORDER);
        waived = merged(waived, newWaived, WAIVED_ORDER);
        newFindings.addAll(waivers.unused(waived));
        return new Report(merged(findings, sorted(newFindings), Analyzer.ORDER), waived);
    }

    /**
     * Two sorted lists as one, the first list's items before the second's where they compare equal: one
     * walk, where inserting thousands of changed findings one by one would move the list thousands of times.
     */
    private static <T> List<T> merged(List<T> first, List<T> second, Comparator<? super T> order) {
        List<T> out = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            out.add(order.compare(second.get(j), first.get(i)) < 0 ? second.get(j++) : first.get(i++));
        }
        out.addAll(first.subList(i, first.size()));
        out.addAll(second.subList(j, second.size()));
        return out;
    }

    /** The design's waivers on the day of the analysis: the expired ones, and the others by what they silence. */
    private static final class Waivers {
        private final List<Finding> expired = new ArrayList<>();
        private final Map<String, Waiver> active = new HashMap<>();

        Waivers(Topology topology, AnalysisOptions options) {
            for (Waiver w : topology.waivers()) {
                if (w.isExpiredOn(options.today())) {
                    expired.add(WaiverFindings.expired(w));
                } else {
                    active.put(w.rule() + "\n" + w.target(), w);
                }
            }
        }

        /** Puts each finding in {@code findings}, or in {@code waived} when an active waiver silences it. */
        void sort(Collection<Finding> raw, List<Finding> findings, List<WaivedFinding> waived) {
            for (Finding f : raw) {
                Waiver w = active.isEmpty() ? null : active.get(f.rule() + "\n" + f.target());
                if (w == null) {
                    findings.add(f);
                } else {
                    waived.add(new WaivedFinding(f, w));
                }
            }
        }

        /** A finding for each active waiver that silenced nothing. */
        List<Finding> unused(List<WaivedFinding> waived) {
            Set<Waiver> used = new HashSet<>();
            waived.forEach(wf -> used.add(wf.waiver()));
            return active.values().stream().filter(w -> !used.contains(w)).map(WaiverFindings::unused).toList();
        }
    }
}
