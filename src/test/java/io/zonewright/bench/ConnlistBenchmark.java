package io.zonewright.bench;

import io.zonewright.GeneratedClusters;
import io.zonewright.kube.ConnlistFormat;
import io.zonewright.kube.Connectivity;
import io.zonewright.kube.Manifests;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * {@code connlist} in process: a cluster's objects read from their YAML, what the NetworkPolicies allow
 * computed, and the connectivity list written. Target: 1,000 workloads and 1,000 policies under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConnlistBenchmark {

    @Param({"1000:1000"})
    public String size;

    private String manifests;

    @Setup
    public void generate() {
        String[] parts = size.split(":");
        manifests = GeneratedClusters.manifests(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    @Benchmark
    public String connlist() {
        Manifests read = Manifests.parse(manifests, "cluster.yaml");
        if (!read.problems().isEmpty()) {
            throw new IllegalStateException(read.problems().all().toString());
        }
        return ConnlistFormat.TXT.render(Connectivity.of(read));
    }
}
