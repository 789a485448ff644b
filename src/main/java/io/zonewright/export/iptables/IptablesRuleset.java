package io.zonewright.export.iptables;

import io.zonewright.export.CommentIds;
import io.zonewright.export.host.Direction;
import io.zonewright.export.host.HostBaseline;
import io.zonewright.export.host.HostComments;
import io.zonewright.export.host.HostGap;
import io.zonewright.export.host.HostOutbound;
import io.zonewright.export.host.HostPolicy;
import io.zonewright.export.host.HostRule;
import io.zonewright.flows.Family;
import io.zonewright.model.Cidr;
import io.zonewright.model.CloudMetadata;
import io.zonewright.model.PortRange;
import io.zonewright.model.Protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filter table of one host for one family, as iptables-restore reads it: policies DROP, then loopback,
 * conntrack (established and related accepted, invalid dropped), ICMPv6 neighbour discovery, the host's
 * own DNS, NTP and DHCP, and the documented connections. Connections from one peer on one protocol share a
 * rule through {@code multiport} within its limit of 15 ports (a range counts two); the rule's comment
 * lists their ids.
 */
final class IptablesRuleset {

    private static final int MULTIPORT_SLOTS = 15;
    /** The comment match keeps at most 255 bytes. */
    private static final int COMMENT_MAX = 255;

    private final HostPolicy policy;
    private final HostBaseline baseline;
    private final Family family;
    private int documentedRules;

    IptablesRuleset(HostPolicy policy, HostBaseline baseline, Family family) {
        this.policy = policy;
        this.baseline = baseline;
        this.family = family;
    }

    int documentedRules() {
        return documentedRules;
    }

    String render(String header) {
        boolean v6 = family == Family.IPV6;
        List<HostRule> input = policy.families().contains(family) ? policy.rules(Direction.INPUT, family) : List.of();
        List<HostRule> output = policy.families().contains(family) ? policy.rules(Direction.OUTPUT, family) : List.of();
        StringBuilder out = new StringBuilder(header);
        out.append("# Load with: ").append(v6 ? "ip6tables-restore" : "iptables-restore")
                .append(" < FILE (replaces the whole filter table).\n");
        if (!policy.families().contains(family)) {
            out.append("# This host has no ").append(v6 ? "IPv6" : "IPv4")
                    .append(" address in the design: nothing documented is accepted over it.\n");
        }
        out.append("*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT DROP [0:0]\n");

        start(out, "INPUT", "-i");
        if (v6) {
            HostComments.line(out, "", "IPv6 works only with neighbour discovery (from the link itself) and packet-too-big.");
            for (String type : List.of("neighbour-solicitation", "neighbour-advertisement", "router-advertisement")) {
                out.append("-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type ").append(type).append(" -m hl --hl-eq 255 -j ACCEPT\n");
            }
            out.append("-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type packet-too-big -j ACCEPT\n");
        }
        if (baseline.allows(HostOutbound.DHCP)) {
            HostComments.line(out, "", "DHCP answers to this host's own requests (broadcast, so not tracked).");
            out.append(v6 ? "-A INPUT -p udp -m udp --sport 547 --dport 546 -j ACCEPT\n"
                    : "-A INPUT -p udp -m udp --sport 67 --dport 68 -j ACCEPT\n");
        }
        gaps(out, Direction.INPUT);
        String accepted = documented("INPUT", Direction.INPUT, input);
        out.append(accepted);

        start(out, "OUTPUT", "-o");
        if (v6) {
            for (String type : List.of("neighbour-solicitation", "neighbour-advertisement", "router-solicitation")) {
                out.append("-A OUTPUT -p ipv6-icmp -m icmp6 --icmpv6-type ").append(type).append(" -j ACCEPT\n");
            }
        }
        gaps(out, Direction.OUTPUT);
        List<HostRule> rest = new ArrayList<>();
        String closed = closeMetadata("OUTPUT", output, rest);
        out.append(closed);
        outboundBaseline(out);
        String opened = documented("OUTPUT", Direction.OUTPUT, rest);
        out.append(opened);

        if (baseline.options().forward()) {
            HostComments.line(out, "", "This host routes containers: they accept and open what the host does.");
            out.append("-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n");
            out.append("-A FORWARD -m conntrack --ctstate INVALID -j DROP\n");
            out.append(rename(accepted, "INPUT")).append(rename(closed, "OUTPUT")).append(rename(opened, "OUTPUT"));
        }
        return out.append("COMMIT\n").toString();
    }

    private static String rename(String rules, String chain) {
        return rules.replace("-A " + chain + " ", "-A FORWARD ");
    }

    private static void start(StringBuilder out, String chain, String interfaceFlag) {
        out.append("-A ").append(chain).append(' ').append(interfaceFlag).append(" lo -j ACCEPT\n");
        out.append("-A ").append(chain).append(" -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n");
        out.append("-A ").append(chain).append(" -m conntrack --ctstate INVALID -j DROP\n");
    }

    private void gaps(StringBuilder out, Direction direction) {
        for (HostGap gap : policy.gaps(direction)) {
            HostComments.line(out, "", "NOT ENFORCED " + HostComments.describe(gap.flow()) + ": " + gap.reason());
        }
    }

    /** Accepts what names a metadata address, then drops those a broad destination covers; the rest goes to {@code rest}. */
    private String closeMetadata(String chain, List<HostRule> rules, List<HostRule> rest) {
        List<Cidr> close = policy.families().contains(family) ? policy.metadataToClose(family) : List.of();
        if (close.isEmpty()) {
            rest.addAll(rules);
            return "";
        }
        List<HostRule> named = new ArrayList<>();
        for (HostRule r : rules) {
            List<Cidr> metadata = r.peers().stream().filter(CloudMetadata::isMetadata).toList();
            if (!metadata.isEmpty()) {
                named.add(new HostRule(r.flow(), r.direction(), family, metadata));
            }
            if (metadata.size() < r.peers().size()) {
                rest.add(metadata.isEmpty() ? r : new HostRule(r.flow(), r.direction(), family,
                        r.peers().stream().filter(p -> !CloudMetadata.isMetadata(p)).toList()));
            }
        }
        StringBuilder out = new StringBuilder(documented(chain, Direction.OUTPUT, named));
        HostComments.line(out, "", "The cloud metadata service hands out instance credentials: closed, though a "
                + "broad destination below covers it.");
        for (Cidr m : close) {
            out.append("-A ").append(chain).append(" -d ").append(withPrefix(m))
                    .append(" -m comment --comment \"cloud metadata service\" -j DROP\n");
        }
        return out.toString();
    }

    private void outboundBaseline(StringBuilder out) {
        if (baseline.allows(HostOutbound.DNS)) {
            HostComments.line(out, "", "This host's own: " + baseline.dnsComment() + ".");
            List<String> to = new ArrayList<>();
            if (baseline.resolvers().isEmpty()) {
                to.add("");
            }
            baseline.resolvers().of(family).forEach(r -> to.add(" -d " + withPrefix(r)));
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

    /** A peer and protocol, and what reaches (or leaves for) it: ports with the ids of their connections. */
    private record Peer(Cidr range, Protocol protocol) {
    }

    private record Entry(PortRange ports, String id, String description) {
    }

    private String documented(String chain, Direction direction, List<HostRule> rules) {
        Map<Peer, List<Entry>> byPeer = new LinkedHashMap<>();
        for (HostRule r : rules) {
            for (Cidr peer : r.peers()) {
                byPeer.computeIfAbsent(new Peer(peer, r.port().protocol()), p -> new ArrayList<>())
                        .add(new Entry(r.port().ports(), r.flow().id(), HostComments.describe(r.flow())));
            }
        }
        StringBuilder out = new StringBuilder();
        java.util.Set<String> described = new java.util.HashSet<>();
        String peerFlag = direction == Direction.INPUT ? " -s " : " -d ";
        for (Map.Entry<Peer, List<Entry>> e : byPeer.entrySet()) {
            Peer peer = e.getKey();
            for (List<Entry> group : peer.protocol().hasPorts() ? multiportGroups(e.getValue()) : singles(e.getValue())) {
                group.stream().filter(entry -> described.add(entry.id()))
                        .forEach(entry -> HostComments.line(out, "", entry.description()));
                out.append("-A ").append(chain).append(peerFlag).append(withPrefix(peer.range()))
                        .append(protocol(peer.protocol())).append(ports(peer.protocol(), group))
                        .append(" -m comment --comment \"").append(comment(group)).append("\" -j ACCEPT\n");
                documentedRules++;
            }
        }
        return out.toString();
    }

    private static List<List<Entry>> singles(List<Entry> entries) {
        return entries.stream().map(List::of).toList();
    }

    /** Entries packed into rules of at most 15 multiport slots and one comment of bounded length. */
    private static List<List<Entry>> multiportGroups(List<Entry> entries) {
        List<List<Entry>> groups = new ArrayList<>();
        List<Entry> group = new ArrayList<>();
        int slots = 0;
        int commentLength = 0;
        for (Entry e : entries) {
            int need = e.ports().isSingle() ? 1 : 2;
            int idLength = CommentIds.of(e.id(), COMMENT_MAX).length() + 2;
            if (!group.isEmpty() && (slots + need > MULTIPORT_SLOTS || commentLength + idLength > COMMENT_MAX)) {
                groups.add(group);
                group = new ArrayList<>();
                slots = 0;
                commentLength = 0;
            }
            group.add(e);
            slots += need;
            commentLength += idLength;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private String protocol(Protocol protocol) {
        return switch (protocol) {
            case TCP -> " -p tcp";
            case UDP -> " -p udp";
            case ICMP -> family == Family.IPV4 ? " -p icmp" : " -p ipv6-icmp";
            case ANY -> "";
        };
    }

    private static String ports(Protocol protocol, List<Entry> group) {
        if (!protocol.hasPorts()) {
            return "";
        }
        List<String> distinct = group.stream().map(e -> portText(e.ports())).distinct().toList();
        String name = protocol.yamlName();
        return distinct.size() == 1 ? " -m " + name + " --dport " + distinct.get(0)
                : " -m multiport --dports " + String.join(",", distinct);
    }

    private static String portText(PortRange ports) {
        return ports.isSingle() ? Integer.toString(ports.first()) : ports.first() + ":" + ports.last();
    }

    private static String comment(List<Entry> group) {
        List<String> ids = group.stream().map(e -> CommentIds.of(e.id(), COMMENT_MAX)).distinct().toList();
        return String.join(", ", ids);
    }

    /** iptables-save writes every address with its prefix; so does this, for an audit to compare. */
    private static String withPrefix(Cidr range) {
        return range.isHost() ? range + (range.isIpv6() ? "/128" : "/32") : range.toString();
    }
}
