package io.zonewright.bench;

import io.zonewright.GeneratedTopologies;
import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.export.Export;
import io.zonewright.export.ExportOptions;
import io.zonewright.export.Target;
import io.zonewright.export.TargetOutput;
import io.zonewright.model.Topology;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Every export target of a generated design, in process (no files written): from the design to the text
 * of every file, its analysis included (the documentation lists the findings). Target: 5,000 services and
 * 30,000 connections under 500 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {

    @Param({"5000:30000"})
    public String size;

    private Topology topology;

    @Setup
    public void generate() {
        topology = GeneratedTopologies.withDeployments(GeneratedTopologies.loadedOfSize(size));
    }

    @Benchmark
    public List<TargetOutput> allTargets() {
        return Export.run(topology, EnumSet.allOf(Target.class), ExportOptions.defaults(),
                () -> Analyzer.analyze(topology, AnalysisOptions.defaults()));
    }
}
