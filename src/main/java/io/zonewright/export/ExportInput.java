package io.zonewright.export;

import io.zonewright.analysis.Report;
import io.zonewright.flows.Flows;
import io.zonewright.model.Topology;

import java.util.function.Supplier;

/**
 * What every target reads: the design's flows, its analysis (made once, when a target asks for it) and
 * the options.
 */
public final class ExportInput {

    private final Flows flows;
    private final Supplier<Report> report;
    private final ExportOptions options;
    private Report made;

    public ExportInput(Flows flows, Supplier<Report> report, ExportOptions options) {
        this.flows = flows;
        this.report = report;
        this.options = options;
    }

    public Flows flows() {
        return flows;
    }

    public Topology topology() {
        return flows.topology();
    }

    public synchronized Report report() {
        if (made == null) {
            made = report.get();
        }
        return made;
    }

    public ExportOptions options() {
        return options;
    }
}
