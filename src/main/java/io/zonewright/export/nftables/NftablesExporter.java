package io.zonewright.export.nftables;

import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.export.host.ChainHeads;
import io.zonewright.export.host.HostBaseline;
import io.zonewright.export.host.HostComments;
import io.zonewright.export.host.HostFirewallExporter;
import io.zonewright.export.host.HostPolicy;
import io.zonewright.model.Topology;

import java.util.List;
import java.util.function.Function;

/** One nftables ruleset per host: {@code nftables/<service-id>.nft}. */
public final class NftablesExporter extends HostFirewallExporter {

    public NftablesExporter() {
        super(Target.NFTABLES);
    }

    @Override
    protected Function<HostPolicy, HostFiles> renderer(HostBaseline baseline, Topology topology) {
        ChainHeads shared = NftBaseline.of(baseline);
        return policy -> {
            NftRuleset ruleset = new NftRuleset(policy, shared, HostComments.header(policy, topology, "Host firewall (nftables)"));
            String text = ruleset.render();
            return new HostFiles(List.of(new GeneratedFile("nftables/" + policy.host().id() + ".nft", text)),
                    ruleset.documentedRules());
        };
    }
}
