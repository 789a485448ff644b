package io.zonewright.bench;

import io.zonewright.GeneratedTopologies;
import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;
import io.zonewright.io.TopologyWriter;
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

/** Load + validate and save of generated designs. Targets: load 5,000 under 1 s, 20,000 under 3 s; save 5,000 under 250 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FormatBenchmark {

    @Param({"5000:30000", "20000:60000"})
    public String size;

    private Topology topology;
    private String yaml;

    @Setup
    public void generate() {
        topology = GeneratedTopologies.ofSize(size);
        yaml = TopologyWriter.toYaml(topology);
    }

    @Benchmark
    public LoadResult loadAndValidate() {
        LoadResult result = TopologyReader.parse(yaml, "generated.yaml");
        if (!result.isValid()) {
            throw new IllegalStateException(result.errors().toString());
        }
        return result;
    }

    @Benchmark
    public String save() {
        return TopologyWriter.toYaml(topology);
    }
}
