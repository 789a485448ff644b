package io.zonewright.bench;

import io.zonewright.GeneratedTopologies;
import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.IncrementalAnalyzer;
import io.zonewright.analysis.Report;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.model.Connection;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Re-analysis after one edit, as the editor runs it: each call analyses a design one edit away from the
 * one analysed before (the edit, then its undo, then the edit again). Target at 5,000 services: 16 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EditAnalysisBenchmark {

    @Param({"5000:30000"})
    public String size;

    /** A new purpose on a connection, another port on it, a new connection, a deleted one, a renamed service. */
    @Param({"purpose", "port", "connect", "delete", "rename"})
    public String edit;

    private final AnalysisOptions options = AnalysisOptions.defaults();
    private final IncrementalAnalyzer analyzer = new IncrementalAnalyzer();
    private List<Topology> designs;
    private int next;

    @Setup
    public void prepare() {
        Topology before = GeneratedTopologies.loadedOfSize(size);
        Connection c = before.connections().get(before.connections().size() / 2);
        Service a = before.services().get(before.services().size() / 3);
        Service b = before.services().get(before.services().size() / 2);
        Topology after = switch (edit) {
            case "purpose" -> TopologyEdits.replaceConnection(before, c.id(), c.withDetails(c.port(), "reviewed", c.auth()));
            case "port" -> TopologyEdits.replaceConnection(before, c.id(), c.withDetails(PortSpec.tcp(8443), c.purpose(), c.auth()));
            case "connect" -> TopologyEdits.connect(before, a.id(), b.id());
            case "delete" -> TopologyEdits.remove(before, Set.of(c.id()));
            case "rename" -> TopologyEdits.replaceService(before, a.id(), a.withName("Renamed"));
            default -> throw new IllegalArgumentException(edit);
        };
        if (after == before) {
            throw new IllegalStateException("the edit changed nothing: " + edit);
        }
        designs = List.of(before, after);
        analyzer.analyze(before, options);
    }

    @Benchmark
    public Report reanalyseAfterOneEdit() {
        next = 1 - next;
        return analyzer.analyze(designs.get(next), options);
    }
}
