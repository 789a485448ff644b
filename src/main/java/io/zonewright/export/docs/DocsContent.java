package io.zonewright.export.docs;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import io.zonewright.analysis.WaivedFinding;
import io.zonewright.flows.Flow;
import io.zonewright.flows.Flows;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * What the documentation says, independent of how a page writes it: the connection table, the zone
 * policy matrix, the open ports of each service, the findings and waivers, and which connections open
 * broad destinations that cover the cloud metadata service.
 */
record DocsContent(Topology topology, ConnectionTable table, List<List<String>> matrix, List<List<String>> openPorts,
                   List<Finding> findings, List<WaivedFinding> waived, List<String> metadataCovered) {

    static DocsContent of(Flows flows, Report report) {
        Topology t = flows.topology();
        List<String> metadata = new ArrayList<>();
        for (Flow f : flows.all()) {
            if (!f.to().metadataCoveredUnnamed().isEmpty()) {
                metadata.add(f.id());
            }
        }
        return new DocsContent(t, ConnectionTable.of(flows), matrix(t), openPorts(flows), report.findings(),
                report.waived(), metadata);
    }

    /** A header row of zone names, then per source zone what each destination zone allows. */
    private static List<List<String>> matrix(Topology t) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("From \\ To"));
        t.zones().forEach(z -> header.add(z.displayName()));
        rows.add(header);
        for (Zone from : t.zones()) {
            List<String> row = new ArrayList<>(List.of(from.displayName()));
            for (Zone to : t.zones()) {
                row.add(access(t, from, to));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String access(Topology t, Zone from, Zone to) {
        if (from == to) {
            return "within zone";
        }
        PolicyRule p = t.policyRule(from.id(), to.id());
        if (p == null) {
            return "denied";
        }
        return p.ports().isEmpty() ? "any port" : p.ports().stream().map(PortSpec::toString).collect(Collectors.joining(", "));
    }

    /** Per service: its zone, what it listens on, and who reaches it on which port. */
    private static List<List<String>> openPorts(Flows flows) {
        List<List<String>> rows = new ArrayList<>();
        for (Service s : flows.topology().services()) {
            StringJoiner listens = new StringJoiner(", ");
            s.listens().forEach(p -> listens.add(p.toString()));
            Set<String> reached = new LinkedHashSet<>();
            for (Flow f : flows.into(s)) {
                reached.add(f.from().label() + " (" + f.port() + ")");
            }
            String reachedBy = String.join(", ", reached);
            rows.add(List.of(s.displayName(), flows.topology().zoneOf(s).displayName(),
                    listens.length() == 0 ? "nothing" : listens.toString(), reachedBy.isEmpty() ? "nobody" : reachedBy));
        }
        return rows;
    }
}
