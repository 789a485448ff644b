package io.zonewright.export.iptables;

import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.export.host.ChainHeads;
import io.zonewright.export.host.HostBaseline;
import io.zonewright.export.host.HostComments;
import io.zonewright.export.host.HostFirewallExporter;
import io.zonewright.export.host.HostPolicy;
import io.zonewright.flows.Family;
import io.zonewright.model.Topology;

import java.util.List;
import java.util.function.Function;

/**
 * Per host an iptables-restore file and its IPv6 twin ({@code iptables/<service-id>.rules} and
 * {@code .rules6}); the twin is always written, since a host without one leaves IPv6 open.
 */
public final class IptablesExporter extends HostFirewallExporter {

    public IptablesExporter() {
        super(Target.IPTABLES);
    }

    @Override
    protected Function<HostPolicy, HostFiles> renderer(HostBaseline baseline, Topology topology) {
        ChainHeads v4Text = IptablesBaseline.of(baseline, Family.IPV4);
        ChainHeads v6Text = IptablesBaseline.of(baseline, Family.IPV6);
        return policy -> {
            IptablesRuleset v4 = new IptablesRuleset(policy, v4Text, Family.IPV4);
            IptablesRuleset v6 = new IptablesRuleset(policy, v6Text, Family.IPV6);
            String id = policy.host().id();
            return new HostFiles(List.of(
                    new GeneratedFile("iptables/" + id + ".rules",
                            v4.render(HostComments.header(policy, topology, "Host firewall (iptables-restore, IPv4)"))),
                    new GeneratedFile("iptables/" + id + ".rules6",
                            v6.render(HostComments.header(policy, topology, "Host firewall (ip6tables-restore, IPv6)")))),
                    v4.documentedRules() + v6.documentedRules());
        };
    }
}
