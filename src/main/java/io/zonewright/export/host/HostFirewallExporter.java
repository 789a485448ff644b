package io.zonewright.export.host;

import io.zonewright.export.ExportInput;
import io.zonewright.export.Exporter;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.export.TargetOutput;
import io.zonewright.export.Unexpressed;
import io.zonewright.flows.Flow;
import io.zonewright.flows.Flows;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A host-firewall target: one ruleset (or pair of them) per host, rendered from its {@link HostPolicy}. */
public abstract class HostFirewallExporter implements Exporter {

    private final Target target;

    protected HostFirewallExporter(Target target) {
        this.target = target;
    }

    /** The files of one host, with the number of documented rules in them. */
    public record HostFiles(List<GeneratedFile> files, int rules) {
    }

    /** What renders each host's files, once what all hosts share has been written. */
    protected abstract Function<HostPolicy, HostFiles> renderer(HostBaseline baseline, Topology topology);

    @Override
    public Target target() {
        return target;
    }

    @Override
    public TargetOutput export(ExportInput input) {
        List<GeneratedFile> files = new ArrayList<>();
        List<Unexpressed> unexpressed = new ArrayList<>();
        int rules = 0;
        Function<HostPolicy, HostFiles> renderer = renderer(HostBaseline.of(input.topology(), input.options()), input.topology());
        List<HostPolicy> hosts = input.shared(HostPolicies.class, () -> HostPolicies.of(input.flows())).all();
        // Thousands of hosts, each rendered alone: they share the cores with the other targets.
        List<HostFiles> rendered = hosts.parallelStream().map(renderer).toList();
        for (int i = 0; i < hosts.size(); i++) {
            HostPolicy policy = hosts.get(i);
            files.addAll(rendered.get(i).files());
            rules += rendered.get(i).rules();
            for (HostGap gap : policy.gaps()) {
                unexpressed.add(new Unexpressed(target, gap.flow().id(),
                        gap.direction().chain() + " of " + policy.host().id(), gap.reason()));
            }
        }
        return new TargetOutput(target, files, rules, unexpressed, List.of(), unhosted(input.flows()));
    }

    /** The connections neither end of which is a host: no host firewall enforces them. */
    private static List<String> unhosted(Flows flows) {
        Topology t = flows.topology();
        List<String> out = new ArrayList<>();
        for (Flow f : flows.all()) {
            if (!anyHost(t, f.from().services()) && !anyHost(t, f.to().services())) {
                out.add(f.id());
            }
        }
        return out;
    }

    private static boolean anyHost(Topology t, List<Service> services) {
        for (Service s : services) {
            if (HostPolicy.isHost(t, s)) {
                return true;
            }
        }
        return false;
    }
}
