package io.zonewright.ui;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.IncrementalAnalyzer;
import io.zonewright.analysis.Report;
import io.zonewright.model.Topology;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Re-runs the analysis whenever the topology changes, on a background thread, and publishes the report on
 * the FX thread. Only the newest edit counts: a result computed for an older topology is dropped.
 */
public final class LiveAnalysis implements AutoCloseable {

    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report",
            new Report(List.of(), List.of()));
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zonewright-analysis");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    /** Used on the worker thread only: it redoes only what each edit can have changed. */
    private final IncrementalAnalyzer analyzer = new IncrementalAnalyzer();

    public LiveAnalysis(Document document) {
        document.topologyProperty().addListener((obs, old, topology) -> {
            // Moving boxes changes only the layout, which no rule reads: the findings stand as they are.
            if (old == null || !topology.sameDesignAs(old)) {
                submit(topology);
            }
        });
        submit(document.topology());
    }

    private void submit(Topology topology) {
        long mine = generation.incrementAndGet();
        worker.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            Report result = analyzer.analyze(topology, AnalysisOptions.defaults());
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    report.set(result);
                }
            });
        });
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
