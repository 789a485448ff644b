package io.zonewright.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outcome of an analysis: the findings that stand, and those silenced by a waiver. */
public record Report(List<Finding> findings, List<WaivedFinding> waived) {

    public Report {
        findings = List.copyOf(findings);
        waived = List.copyOf(waived);
    }

    /** Findings per severity, every severity present (zero when none). */
    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** Whether any finding is at least as bad as the threshold; {@code null} means never. */
    public boolean failsAt(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
