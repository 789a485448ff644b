package io.zonewright.export.csv;

import io.zonewright.export.ExportInput;
import io.zonewright.export.Exporter;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.export.TargetOutput;
import io.zonewright.flows.Flow;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.text.Csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tables for firewall-management tools and spreadsheets, as RFC 4180 CSV: {@code csv/zone-matrix.csv}
 * (from, to, access, ports) for every ordered pair of zones, and {@code csv/connections.csv}.
 */
public final class CsvExporter implements Exporter {

    @Override
    public Target target() {
        return Target.CSV;
    }

    @Override
    public TargetOutput export(ExportInput input) {
        Topology t = input.topology();
        StringBuilder matrix = new StringBuilder();
        Csv.append(matrix, "from", "to", "access", "ports");
        for (Zone from : t.zones()) {
            for (Zone to : t.zones()) {
                Csv.append(matrix, from.id(), to.id(), access(t, from, to), ports(t, from, to));
            }
        }
        StringBuilder connections = new StringBuilder(120 * input.flows().all().size() + 128);
        Csv.append(connections, "id", "source", "source_name", "destination", "destination_name", "port", "protocol",
                "purpose", "auth", "tags");
        for (Flow f : input.flows().all()) {
            PortSpec p = f.port();
            Csv.append(connections, f.id(), f.from().endpoint().text(), Csv.text(f.from().label()),
                    f.to().endpoint().text(), Csv.text(f.to().label()), p.protocol().hasPorts() ? p.ports().toString() : "",
                    p.protocol().yamlName(), Csv.text(f.connection().purpose()), f.connection().auth().yamlName(),
                    Csv.text(String.join(" ", f.connection().tags())));
        }
        int zones = t.zones().size();
        return new TargetOutput(Target.CSV, List.of(
                new GeneratedFile("csv/zone-matrix.csv", matrix.toString()),
                new GeneratedFile("csv/connections.csv", connections.toString())),
                zones * zones + input.flows().all().size(), List.of(), List.of(), List.of());
    }

    /** Within a zone traffic is not a crossing: allowed; across, what the policy says. */
    private static String access(Topology t, Zone from, Zone to) {
        return from == to || t.policyRule(from.id(), to.id()) != null ? "allow" : "deny";
    }

    private static String ports(Topology t, Zone from, Zone to) {
        PolicyRule rule = t.policyRule(from.id(), to.id());
        if (from == to || rule != null && rule.ports().isEmpty()) {
            return "any";
        }
        return rule == null ? "" : rule.ports().stream().map(PortSpec::toString).collect(Collectors.joining(" "));
    }
}
