package io.zonewright.ui.panels;

import io.zonewright.analysis.Report;
import io.zonewright.analysis.Severity;

import java.util.Map;

/** The status bar's one-line account of a report. */
public final class StatusSummary {

    private StatusSummary() {
    }

    public static String of(Report report) {
        Map<Severity, Integer> counts = report.countBySeverity();
        return counts.get(Severity.CRITICAL) + " critical · " + counts.get(Severity.HIGH) + " high · "
                + counts.get(Severity.MEDIUM) + " medium · " + counts.get(Severity.LOW) + " low · "
                + report.waived().size() + " waived";
    }
}
