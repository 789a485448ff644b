package io.zonewright.export.host;

import io.zonewright.export.ExportOptions;
import io.zonewright.export.HostOutbound;
import io.zonewright.flows.Addresses;
import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;
import io.zonewright.model.PortSet;
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

    /**
     * One thing every host admits (inbound) or opens (outbound) besides its documented connections: the
     * peers' addresses and what. The nftables and iptables writers write exactly these; an audit counts
     * them as documented.
     */
    public record Plumbing(String what, boolean inbound, AddressSet peers, PortSet ports) {
    }

    /** The plumbing of every host, as the host firewalls write it (source ports are not part of it). */
    public List<Plumbing> plumbing() {
        AddressSet v6 = AddressSet.ALL_IPV6;
        PortSet icmp = PortSet.whole(PortSet.Transport.ICMP);
        List<Plumbing> out = new ArrayList<>();
        out.add(new Plumbing("IPv6 neighbour discovery and packet-too-big", true, v6, icmp));
        out.add(new Plumbing("IPv6 neighbour discovery", false, v6, icmp));
        if (allows(HostOutbound.DNS)) {
            AddressSet to = resolvers.isEmpty() ? AddressSet.ALL : AddressSet.of(resolvers.all());
            out.add(new Plumbing("this host's DNS", false, to, udp(53).union(PortSet.of(PortSet.Transport.TCP, 53, 53))));
        }
        if (allows(HostOutbound.NTP)) {
            out.add(new Plumbing("this host's NTP", false, AddressSet.ALL, udp(123)));
        }
        if (allows(HostOutbound.DHCP)) {
            out.add(new Plumbing("DHCP answers", true, AddressSet.ALL_IPV4, udp(68)));
            out.add(new Plumbing("DHCPv6 answers", true, v6, udp(546)));
            out.add(new Plumbing("this host's DHCP", false, AddressSet.ALL_IPV4, udp(67)));
            out.add(new Plumbing("this host's DHCPv6", false, v6, udp(547)));
        }
        return out;
    }

    private static PortSet udp(int port) {
        return PortSet.of(PortSet.Transport.UDP, port, port);
    }

    /** The comment that says where DNS goes and why. */
    public String dnsComment() {
        return resolvers.isEmpty()
                ? "DNS to any resolver (the design names no DNS server with addresses)"
                : "DNS to the design's DNS servers only";
    }
}
