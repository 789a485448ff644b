package io.zonewright.analysis;

import io.zonewright.model.Topology;
import io.zonewright.model.Waiver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rules' findings into a report: waivers applied, stale and expired waivers reported, worst first.
 * A report can also be updated for a design one edit away, which sorts only the findings that changed and
 * merges them into the sorted lists before. Each assembled report keeps the sort key of its findings
 * ({@link #key}), so that an update walks numbers rather than reading thousands of findings it leaves alone.
 */
final class ReportAssembly {

    /** Positions take the low bits of a sort key, above them the key itself: the line (31 bits), then the severity. */
    private static final int POSITION_BITS = 27;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    private static final int LINE_BITS = 31;

    private static final Comparator<WaivedFinding> WAIVED_ORDER = Comparator.comparing(WaivedFinding::finding, Analyzer.ORDER);

    private ReportAssembly() {
    }

    /** A report, and the key of each of its findings in order. */
    record Assembled(Report report, long[] keys) {
    }

    /** Findings in {@link Analyzer#ORDER}, and the key of each. */
    record Keyed(List<Finding> findings, long[] keys) {
    }

    static Assembled assemble(Topology topology, AnalysisOptions options, List<Finding> raw) {
        Waivers waivers = new Waivers(topology, options);
        List<Finding> findings = new ArrayList<>(waivers.expired);
        List<WaivedFinding> waived = new ArrayList<>();
        waivers.sort(raw, findings, waived);
        findings.addAll(waivers.unused(waived));
        waived.sort(WAIVED_ORDER);
        Keyed sorted = sorted(findings);
        return new Assembled(new Report(sorted.findings(), waived), sorted.keys());
    }

    /** What {@link Analyzer#ORDER} compares first, as one number: the severity, then the line. */
    static long key(Finding f) {
        return (long) f.severity().ordinal() << LINE_BITS | f.location().line();
    }

    /**
     * The findings in {@link Analyzer#ORDER}, as a stable sort would give them. Nearly all findings differ
     * by severity or line already, so they are sorted as packed longs of their key (with their position,
     * which keeps the sort stable) and only findings sharing a key are compared in full: thousands of
     * comparisons that each read two findings and their locations become a sort of numbers.
     */
    static Keyed sorted(Collection<Finding> findings) {
        Finding[] items = findings.toArray(new Finding[0]);
        long[] packed = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            packed[i] = key(items[i]) << POSITION_BITS | i;
        }
        Arrays.sort(packed);
        Finding[] out = new Finding[items.length];
        long[] keys = new long[items.length];
        int runStart = 0;
        for (int k = 0; k < packed.length; k++) {
            out[k] = items[(int) (packed[k] & POSITION_MASK)];
            keys[k] = packed[k] >>> POSITION_BITS;
            boolean runEnds = k + 1 == packed.length || packed[k + 1] >>> POSITION_BITS != keys[k];
            if (runEnds) {
                if (k > runStart) {
                    Arrays.sort(out, runStart, k + 1, Analyzer.SAME_PLACE_ORDER);
                }
                runStart = k + 1;
            }
        }
        return new Keyed(Arrays.asList(out), keys);
    }

    /**
     * The report of a design whose findings are those of {@code before} without {@code removed} (the very
     * objects) and with {@code added}; the waivers and options must be those {@code before} was made with.
     * The removed findings, sorted like the report, are taken out in one walk over both lists.
     */
    static Assembled update(Assembled before, Topology topology, AnalysisOptions options, Collection<Finding> removed,
                            Collection<Finding> added) {
        Waivers waivers = new Waivers(topology, options);
        List<Finding> old = before.report().findings();
        long[] oldKeys = before.keys();
        Keyed gone = sorted(removed);
        Finding[] goneFindings = gone.findings().toArray(new Finding[0]);
        List<Finding> notListed = new ArrayList<>();
        List<Finding> kept = new ArrayList<>(old.size());
        long[] keptKeys = new long[old.size()];
        int j = 0;
        for (int i = 0; i < old.size(); i++) {
            Finding f = old.get(i);
            long key = oldKeys[i];
            while (j < goneFindings.length && compare(gone.keys()[j], goneFindings[j], key, f) < 0) {
                notListed.add(goneFindings[j++]);
            }
            if (j < goneFindings.length && takeIdentical(goneFindings, gone.keys(), j, f, key)) {
                j++;
            } else if (!isStaleWaiverFinding(f, key)) {
                // Stale-waiver findings depend on every other finding: they are made again below.
                keptKeys[kept.size()] = key;
                kept.add(f);
            }
        }
        notListed.addAll(Arrays.asList(goneFindings).subList(j, goneFindings.length));
        List<WaivedFinding> waived = withoutFindings(before.report().waived(), notListed);
        List<Finding> newFindings = new ArrayList<>(added.size());
        List<WaivedFinding> newWaived = new ArrayList<>();
        waivers.sort(added, newFindings, newWaived);
        newWaived.sort(WAIVED_ORDER);
        waived = merged(waived, newWaived, WAIVED_ORDER);
        newFindings.addAll(waivers.unused(waived));
        Keyed merged = merged(new Keyed(kept, Arrays.copyOf(keptKeys, kept.size())), sorted(newFindings));
        return new Assembled(new Report(merged.findings(), waived), merged.keys());
    }

    /** The report order, by key first: the findings are read only when their keys are equal. */
    private static int compare(long keyA, Finding a, long keyB, Finding b) {
        return keyA != keyB ? Long.compare(keyA, keyB) : Analyzer.SAME_PLACE_ORDER.compare(a, b);
    }

    /**
     * Whether {@code f} itself is among the findings from {@code at} on that the order cannot tell from it;
     * if so it is moved to {@code at}, which the caller then passes.
     */
    private static boolean takeIdentical(Finding[] sorted, long[] keys, int at, Finding f, long key) {
        for (int r = at; r < sorted.length && compare(keys[r], sorted[r], key, f) == 0; r++) {
            if (sorted[r] == f) {
                sorted[r] = sorted[at];
                sorted[at] = f;
                return true;
            }
        }
        return false;
    }

    private static boolean isStaleWaiverFinding(Finding f, long key) {
        return key >>> LINE_BITS == WaiverFindings.UNUSED.severity().ordinal() && f.rule().equals(WaiverFindings.UNUSED.id());
    }

    /** The waived findings but those (by identity) in {@code gone}. */
    private static List<WaivedFinding> withoutFindings(List<WaivedFinding> waived, List<Finding> gone) {
        if (gone.isEmpty() || waived.isEmpty()) {
            return waived;
        }
        Set<Finding> goneSet = Collections.newSetFromMap(new IdentityHashMap<>());
        goneSet.addAll(gone);
        return waived.stream().filter(wf -> !goneSet.contains(wf.finding())).toList();
    }

    /** Two keyed lists as one, the first list's findings before the second's where they compare equal. */
    private static Keyed merged(Keyed first, Keyed second) {
        int size = first.findings().size() + second.findings().size();
        Finding[] out = new Finding[size];
        long[] keys = new long[size];
        int i = 0;
        int j = 0;
        for (int k = 0; k < size; k++) {
            boolean fromSecond = i == first.findings().size() || j < second.findings().size()
                    && compare(second.keys()[j], second.findings().get(j), first.keys()[i], first.findings().get(i)) < 0;
            if (fromSecond) {
                keys[k] = second.keys()[j];
                out[k] = second.findings().get(j++);
            } else {
                keys[k] = first.keys()[i];
                out[k] = first.findings().get(i++);
            }
        }
        return new Keyed(Arrays.asList(out), keys);
    }

    /**
     * Two sorted lists as one, the first list's items before the second's where they compare equal: one
     * walk, where inserting thousands of changed items one by one would move the list thousands of times.
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
        /** By rule, then by target: both are strings the design and the rules keep, whose hashes are known. */
        private final Map<String, Map<String, Waiver>> active = new HashMap<>();

        Waivers(Topology topology, AnalysisOptions options) {
            for (Waiver w : topology.waivers()) {
                if (w.isExpiredOn(options.today())) {
                    expired.add(WaiverFindings.expired(w));
                } else if (!DriftRules.isDriftRule(w.rule())) {
                    // A waiver of drift is used by an audit, never by the analysis: it is not stale here.
                    active.computeIfAbsent(w.rule(), rule -> new HashMap<>()).put(w.target(), w);
                }
            }
        }

        /** Puts each finding in {@code findings}, or in {@code waived} when an active waiver silences it. */
        void sort(Collection<Finding> raw, List<Finding> findings, List<WaivedFinding> waived) {
            for (Finding f : raw) {
                Map<String, Waiver> byTarget = active.isEmpty() ? null : active.get(f.rule());
                Waiver w = byTarget == null ? null : byTarget.get(f.target());
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
            List<Finding> unused = new ArrayList<>();
            active.values().forEach(byTarget -> byTarget.values().stream().filter(w -> !used.contains(w))
                    .map(WaiverFindings::unused).forEach(unused::add));
            return unused;
        }
    }
}
