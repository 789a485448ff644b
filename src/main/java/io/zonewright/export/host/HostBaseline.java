package io.zonewright.export.host;

import io.zonewright.export.ExportOptions;
import io.zonewright.flows.Addresses;
import io.zonewright.model.Cidr;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every host firewall allows besides the documented connections: its own plumbing (DNS, NTP, DHCP, as
 * asked), and where DNS may go. When the design has DNS servers with addresses, hosts resolve through
 * them only; otherwise through any resolver.
 */
public record HostBaseline(Set<HostOutbound> outbound, Addresses resolvers, ExportOptions options) {

    public static HostBaseline of(Topology topology, ExportOptions options) {
        List<Cidr> resolvers = new ArrayList<>();
        for (Service s : topology.services()) {
            if (s.kind() == ServiceKind.DNS) {
                resolvers.addAll(s.addresses());
            }
        }
        return new HostBaseline(options.hostOutbound(), Addresses.of(resolvers), options);
    }

    public boolean allows(HostOutbound what) {
        return outbound.contains(what);
    }

    /** The comment that says where DNS goes and why. */
    public String dnsComment() {
        return resolvers.isEmpty()
                ? "DNS to any resolver (the design names no DNS server with addresses)"
                : "DNS to the design's DNS servers only";
    }
}
