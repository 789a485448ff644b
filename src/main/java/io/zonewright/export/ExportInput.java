package io.zonewright.export;

import io.zonewright.analysis.Report;
import io.zonewright.flows.Flows;
import io.zonewright.model.Topology;

import java.util.HashMap;
import java.util.Map;
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
    private final Map<Object, Object> shared = new HashMap<>();

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

    /**
     * What several targets derive alike from the input (both host firewalls read the same host policies),
     * made once under {@code key}. Targets may run at once: one makes it while the others wait.
     */
    public synchronized <T> T shared(Class<T> key, Supplier<? extends T> make) {
        Object value = shared.get(key);
        if (value == null) {
            value = make.get();
            shared.put(key, value);
        }
        return key.cast(value);
    }

    public ExportOptions options() {
        return options;
    }
}
