package io.zonewright.export.nftables;

import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.export.host.HostBaseline;
import io.zonewright.export.host.HostComments;
import io.zonewright.export.host.HostFirewallExporter;
import io.zonewright.export.host.HostPolicy;
import io.zonewright.model.Topology;

import java.util.List;

/** One nftables ruleset per host: {@code nftables/<service-id>.nft}. */
public final class NftablesExporter extends HostFirewallExporter {

    public NftablesExporter() {
        super(Target.NFTABLES);
    }

    @Override
    protected HostFiles render(HostPolicy policy, HostBaseline baseline, Topology topology) {
        NftRuleset ruleset = new NftRuleset(policy, baseline, HostComments.header(policy, topology, "Host firewall (nftables)"));
        String text = ruleset.render();
        return new HostFiles(List.of(new GeneratedFile("nftables/" + policy.host().id() + ".nft", text)),
                ruleset.documentedRules());
    }
}
