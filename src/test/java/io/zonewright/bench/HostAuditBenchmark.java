package io.zonewright.bench;

import io.zonewright.GeneratedTopologies;
import io.zonewright.compare.AuditResult;
import io.zonewright.compare.HostAudit;
import io.zonewright.export.Export;
import io.zonewright.export.ExportOptions;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.hostfw.IptablesSaveReader;
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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * {@code audit --iptables} in process: each host's iptables-save text read and compared with the design.
 * Each host runs its exported ruleset with undocumented rules added up to the wanted count, as a host that
 * drifted for years would. Target: 100 hosts of 1,000 rules each under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HostAuditBenchmark {

    @Param({"100:1000"})
    public String size;

    private Topology design;
    private final List<Service> hosts = new ArrayList<>();
    private final List<String> rulesets = new ArrayList<>();

    @Setup
    public void generate() {
        String[] parts = size.split(":");
        int hostCount = Integer.parseInt(parts[0]);
        int rules = Integer.parseInt(parts[1]);
        design = GeneratedTopologies.generate(2_000, 12_000, 1);
        Map<String, String> exported = new HashMap<>();
        Export.run(design, EnumSet.of(Target.IPTABLES), ExportOptions.defaults(), () -> null)
                .forEach(out -> out.files().forEach((GeneratedFile f) -> exported.put(f.path(), f.content())));
        for (Service s : design.services()) {
            String text = exported.get("iptables/" + s.id() + ".rules");
            if (text == null || hosts.size() == hostCount) {
                continue;
            }
            hosts.add(s);
            StringBuilder added = new StringBuilder();
            long present = text.lines().filter(l -> l.startsWith("-A ")).count();
            for (long r = present; r < rules; r++) {
                added.append("-A INPUT -s 10.7.").append(r >> 8 & 0xff).append('.').append(r & 0xff)
                        .append("/32 -p tcp -m tcp --dport ").append(20_000 + r % 3_000).append(" -j ACCEPT\n");
            }
            rulesets.add(text.replace("COMMIT\n", added + "COMMIT\n"));
        }
    }

    @Benchmark
    public List<AuditResult> audit() {
        HostAudit.Documented documented = HostAudit.Documented.of(design, ExportOptions.defaults());
        // As the audit command does: hosts are read and audited side by side.
        return IntStream.range(0, hosts.size()).parallel().mapToObj(i -> HostAudit.of(documented, hosts.get(i),
                List.of(IptablesSaveReader.parse(rulesets.get(i), hosts.get(i).id() + ".rules")), "host " + hosts.get(i).id())).toList();
    }
}
