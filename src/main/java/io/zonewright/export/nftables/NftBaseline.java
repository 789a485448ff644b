package io.zonewright.export.nftables;

import io.zonewright.export.host.ChainHeads;
import io.zonewright.export.host.HostBaseline;
import io.zonewright.export.host.HostComments;
import io.zonewright.export.HostOutbound;
import io.zonewright.flows.Family;
import io.zonewright.model.Cidr;

import java.util.List;

import static io.zonewright.export.nftables.NftRuleset.INDENT;
import static io.zonewright.export.nftables.NftRuleset.address;
import static io.zonewright.export.nftables.NftRuleset.set;

/**
 * The parts of a ruleset that are the same on every host of an export: chain heads, conntrack, loopback,
 * ICMPv6 and the host's own DNS, NTP and DHCP. Written once per export, copied into each host's file.
 */
final class NftBaseline {

    private final HostBaseline baseline;

    private NftBaseline(HostBaseline baseline) {
        this.baseline = baseline;
    }

    static ChainHeads of(HostBaseline baseline) {
        NftBaseline text = new NftBaseline(baseline);
        String outputStart = text.chainStart("output") + INDENT + "ct state established,related accept\n"
                + INDENT + "ct state invalid drop\n"
                + INDENT + "oifname \"lo\" accept\n"
                + INDENT + "icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-solicit } accept\n";
        StringBuilder forward = new StringBuilder(text.chainStart("forward")).append(INDENT)
                .append("ct state established,related accept\n").append(INDENT).append("ct state invalid drop\n");
        HostComments.line(forward, INDENT, "This host routes containers: they accept and open what the host does.");
        return new ChainHeads(text.chainStart("input") + text.inputBaseline(), outputStart, text.outputBaseline(),
                forward.toString(), baseline.options().forward());
    }

    private String chainStart(String hook) {
        int priority = baseline.options().nftPriority();
        String offset = priority == 0 ? "" : priority < 0 ? " - " + -priority : " + " + priority;
        return "\n\tchain " + hook + " {\n" + INDENT + "type filter hook " + hook + " priority filter" + offset
                + "; policy drop;\n";
    }

    private String inputBaseline() {
        StringBuilder out = new StringBuilder();
        out.append(INDENT).append("ct state established,related accept\n");
        out.append(INDENT).append("ct state invalid drop\n");
        out.append(INDENT).append("iifname \"lo\" accept\n");
        HostComments.line(out, INDENT, "IPv6 works only with neighbour discovery (from the link itself) and packet-too-big.");
        out.append(INDENT).append("icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-advert } ip6 hoplimit 255 accept\n");
        out.append(INDENT).append("icmpv6 type packet-too-big accept\n");
        if (baseline.allows(HostOutbound.DHCP)) {
            HostComments.line(out, INDENT, "DHCP answers to this host's own requests (broadcast, so not tracked).");
            out.append(INDENT).append("meta nfproto ipv4 udp sport 67 udp dport 68 accept\n");
            out.append(INDENT).append("meta nfproto ipv6 udp sport 547 udp dport 546 accept\n");
        }
        return out.toString();
    }

    private String outputBaseline() {
        StringBuilder out = new StringBuilder();
        if (baseline.allows(HostOutbound.DNS)) {
            HostComments.line(out, INDENT, "This host's own: " + baseline.dnsComment() + ".");
            if (baseline.resolvers().isEmpty()) {
                out.append(INDENT).append("udp dport 53 accept\n").append(INDENT).append("tcp dport 53 accept\n");
            }
            for (Family family : Family.values()) {
                List<Cidr> resolvers = baseline.resolvers().of(family);
                if (!resolvers.isEmpty()) {
                    String to = INDENT + address(family) + " daddr " + set(resolvers);
                    out.append(to).append(" udp dport 53 accept\n").append(to).append(" tcp dport 53 accept\n");
                }
            }
        }
        if (baseline.allows(HostOutbound.NTP)) {
            HostComments.line(out, INDENT, "This host's own: NTP, to keep time.");
            out.append(INDENT).append("udp dport 123 accept\n");
        }
        if (baseline.allows(HostOutbound.DHCP)) {
            HostComments.line(out, INDENT, "This host's own: DHCP requests.");
            out.append(INDENT).append("meta nfproto ipv4 udp sport 68 udp dport 67 accept\n");
            out.append(INDENT).append("meta nfproto ipv6 udp sport 546 udp dport 547 accept\n");
        }
        return out.toString();
    }
}
