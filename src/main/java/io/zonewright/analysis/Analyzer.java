package io.zonewright.analysis;

import io.zonewright.model.Topology;

import java.util.Comparator;

/** Runs every rule on a design and applies its waivers. Pure: safe off the FX thread. */
public final class Analyzer {

    /**
     * Worst first, then by where they are written, then by rule: the order every report uses. A finding is
     * equal to itself without reading its message: an update of a report meets thousands of findings again.
     */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        if (a == b) {
            return 0;
        }
        int c = a.severity().compareTo(b.severity());
        if (c == 0) {
            c = Integer.compare(a.location().line(), b.location().line());
        }
        return c != 0 ? c : Analyzer.SAME_PLACE_ORDER.compare(a, b);
    };

    /**
     * {@link #ORDER} between findings of the same severity on the same line: a report that knows that
     * already, from the sort keys it keeps, compares no further than this.
     */
    static final Comparator<Finding> SAME_PLACE_ORDER = (a, b) -> {
        if (a == b) {
            return 0;
        }
        int c = a.rule().compareTo(b.rule());
        if (c == 0) {
            c = a.target().compareTo(b.target());
        }
        return c != 0 ? c : a.message().compareTo(b.message());
    };

    private Analyzer() {
    }

    /** A fresh analysis of one design; an editor that analyses edit after edit keeps an {@link IncrementalAnalyzer}. */
    public static Report analyze(Topology topology, AnalysisOptions options) {
        return IncrementalAnalyzer.analyzeOnce(topology, options);
    }
}
