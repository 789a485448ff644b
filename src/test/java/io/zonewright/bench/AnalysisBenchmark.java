package io.zonewright.bench;

import io.zonewright.GeneratedTopologies;
import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.analysis.Report;
import io.zonewright.model.Topology;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Full analysis of generated designs, read from their file as a user's design is. Targets: 5,000/30,000 under 50 ms, 20,000/60,000 under 250 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {

    @Param({"5000:30000", "20000:60000"})
    public String size;

    private Topology topology;
    private AnalysisOptions options;

    @Setup
    public void generate() {
        topology = GeneratedTopologies.loadedOfSize(size);
        options = AnalysisOptions.defaults();
    }

    @Benchmark
    public Report fullAnalysis() {
        return Analyzer.analyze(topology, options);
    }
}
