package io.zonewright.export.iptables;

import io.zonewright.export.host.ChainHeads;
import io.zonewright.export.host.HostBaseline;
import io.zonewright.export.host.HostComments;
import io.zonewright.export.HostOutbound;
import io.zonewright.flows.Family;

import java.util.ArrayList;
import java.util.List;


/**
 * The parts of a filter table that are the same on every host of an export, for one family: policies,
 * loopback, conntrack, ICMPv6 neighbour discovery and the host's own DNS, NTP and DHCP. Written once per
 * export, copied into each host's file.
 */
final class IptablesBaseline {

    private IptablesBaseline() {
    }

    static ChainHeads of(HostBaseline baseline, Family family) {
        boolean v6 = family == Family.IPV6;
        StringBuilder in = new StringBuilder("*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT DROP [0:0]\n");
        start(in, "INPUT", "-i");
        if (v6) {
            HostComments.line(in, "", "IPv6 works only with neighbour discovery (from the link itself) and packet-too-big.");
            for (String type : List.of("neighbour-solicitation", "neighbour-advertisement", "router-advertisement")) {
                in.append("-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type ").append(type).append(" -m hl --hl-eq 255 -j ACCEPT\n");
            }
            in.append("-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type packet-too-big -j ACCEPT\n");
        }
        if (baseline.allows(HostOutbound.DHCP)) {
            HostComments.line(in, "", "DHCP answers to this host's own requests (broadcast, so not tracked).");
            in.append(v6 ? "-A INPUT -p udp -m udp --sport 547 --dport 546 -j ACCEPT\n"
                    : "-A INPUT -p udp -m udp --sport 67 --dport 68 -j ACCEPT\n");
        }
        String inputStart = in.toString();
        StringBuilder out = new StringBuilder();
        start(out, "OUTPUT", "-o");
        if (v6) {
            for (String type : List.of("neighbour-solicitation", "neighbour-advertisement", "router-solicitation")) {
                out.append("-A OUTPUT -p ipv6-icmp -m icmp6 --icmpv6-type ").append(type).append(" -j ACCEPT\n");
            }
        }
        String outputStart = out.toString();
        StringBuilder own = new StringBuilder();
        outboundBaseline(own, baseline, family);
        String outputBaseline = own.toString();
        StringBuilder forward = new StringBuilder();
        HostComments.line(forward, "", "This host routes containers: they accept and open what the host does.");
        forward.append("-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n");
        forward.append("-A FORWARD -m conntrack --ctstate INVALID -j DROP\n");
        return new ChainHeads(inputStart, outputStart, outputBaseline, forward.toString(), baseline.options().forward());
    }

    private static void start(StringBuilder out, String chain, String interfaceFlag) {
        out.append("-A ").append(chain).append(' ').append(interfaceFlag).append(" lo -j ACCEPT\n");
        out.append("-A ").append(chain).append(" -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n");
        out.append("-A ").append(chain).append(" -m conntrack --ctstate INVALID -j DROP\n");
    }

    private static void outboundBaseline(StringBuilder out, HostBaseline baseline, Family family) {
        if (baseline.allows(HostOutbound.DNS)) {
            HostComments.line(out, "", "This host's own: " + baseline.dnsComment() + ".");
            List<String> to = new ArrayList<>();
            if (baseline.resolvers().isEmpty()) {
                to.add("");
            }
            baseline.resolvers().of(family).forEach(r -> to.add(" -d " + r.toPrefixString()));
            for (String d : to) {
                out.append("-A OUTPUT").append(d).append(" -p udp -m udp --dport 53 -j ACCEPT\n");
                out.append("-A OUTPUT").append(d).append(" -p tcp -m tcp --dport 53 -j ACCEPT\n");
            }
        }
        if (baseline.allows(HostOutbound.NTP)) {
            HostComments.line(out, "", "This host's own: NTP, to keep time.");
            out.append("-A OUTPUT -p udp -m udp --dport 123 -j ACCEPT\n");
        }
        if (baseline.allows(HostOutbound.DHCP)) {
            HostComments.line(out, "", "This host's own: DHCP requests.");
            out.append(family == Family.IPV6 ? "-A OUTPUT -p udp -m udp --sport 546 --dport 547 -j ACCEPT\n"
                    : "-A OUTPUT -p udp -m udp --sport 68 --dport 67 -j ACCEPT\n");
        }
    }
}
