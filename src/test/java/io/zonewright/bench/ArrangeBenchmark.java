package io.zonewright.bench;

import io.zonewright.GeneratedTopologies;
import io.zonewright.io.Progress;
import io.zonewright.layout.LayeredArrangement;
import io.zonewright.model.Position;
import io.zonewright.model.Topology;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Edit ▸ Arrange Design: the layered layout of a whole generated design. Target: 200 services under 1 s. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ArrangeBenchmark {

    @Param({"200:400", "500:1000"})
    public String size;

    private Topology topology;

    @Setup
    public void generate() {
        topology = GeneratedTopologies.loadedOfSize(size);
    }

    @Benchmark
    public Map<String, Position> wholeDesign() {
        return LayeredArrangement.whole(topology, Progress.NONE);
    }
}
