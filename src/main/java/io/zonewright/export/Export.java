package io.zonewright.export;

import io.zonewright.analysis.Report;
import io.zonewright.export.aws.AwsExporter;
import io.zonewright.export.csv.CsvExporter;
import io.zonewright.export.docs.DocsExporter;
import io.zonewright.export.iptables.IptablesExporter;
import io.zonewright.export.kubernetes.KubernetesExporter;
import io.zonewright.export.nftables.NftablesExporter;
import io.zonewright.flows.Flows;
import io.zonewright.model.Topology;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Runs the chosen targets over one resolution of a design. Pure: no files are touched here. */
public final class Export {

    private Export() {
    }

    public static List<TargetOutput> run(Topology topology, Set<Target> targets, ExportOptions options,
                                         Supplier<Report> report) {
        ExportInput input = new ExportInput(Flows.of(topology), report, options);
        // Targets share nothing but the input, which is made once and then only read: they run on every core.
        return Arrays.stream(Target.values()).filter(targets::contains).parallel()
                .map(t -> exporter(t).export(input)).toList();
    }

    public static Exporter exporter(Target target) {
        return switch (target) {
            case NFTABLES -> new NftablesExporter();
            case IPTABLES -> new IptablesExporter();
            case KUBERNETES -> new KubernetesExporter();
            case AWS -> new AwsExporter();
            case DOCS -> new DocsExporter();
            case CSV -> new CsvExporter();
        };
    }

    /**
     * The connections that no enforcing target among {@code outputs} manages at any end: the design allows
     * them, and nothing generated enforces them. Empty when no enforcing target ran.
     */
    public static List<String> enforcedByNone(List<TargetOutput> outputs) {
        Set<String> common = null;
        for (TargetOutput o : outputs) {
            if (o.target().enforces()) {
                if (common == null) {
                    common = new LinkedHashSet<>(o.unmanaged());
                } else {
                    common.retainAll(Set.copyOf(o.unmanaged()));
                }
            }
        }
        return common == null ? List.of() : List.copyOf(common);
    }
}
