package io.zonewright.ui.document;

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
import java.util.function.BiFunction;
import java.util.function.Function;

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
    /** Why the last run failed, or null when it did not. */
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    /** Used on the worker thread only. */
    private final Function<Topology, Report> analyzer;

    public LiveAnalysis(Document document) {
        // The incremental analyser redoes only what each edit can have changed.
        this(document, new IncrementalAnalyzer()::analyze);
    }

    private LiveAnalysis(Document document, BiFunction<Topology, AnalysisOptions, Report> analyzer) {
        this(document, topology -> analyzer.apply(topology, AnalysisOptions.defaults()));
    }

    /** An analysis of the document by {@code analyzer}: tests give one that fails. */
    public LiveAnalysis(Document document, Function<Topology, Report> analyzer) {
        this.analyzer = analyzer;
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
            Report result;
            try {
                result = analyzer.apply(topology);
            } catch (RuntimeException | StackOverflowError e) {
                // The analyser forgets a failed run; the window says what failed and keeps the last findings.
                String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        failure.set(why);
                    }
                });
                return;
            }
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    failure.set(null);
                    report.set(result);
                }
            });
        });
    }

    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
