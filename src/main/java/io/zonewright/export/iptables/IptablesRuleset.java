package io.zonewright.export.iptables;

import io.zonewright.export.CommentIds;
import io.zonewright.export.host.ChainHeads;
import io.zonewright.export.host.Direction;
import io.zonewright.export.host.HostComments;
import io.zonewright.export.host.HostGap;
import io.zonewright.export.host.HostPolicy;
import io.zonewright.export.host.HostRule;
import io.zonewright.flows.Family;
import io.zonewright.flows.Flow;
import io.zonewright.model.Cidr;
import io.zonewright.model.PortRange;
import io.zonewright.model.Protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.Set;
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
    private final ChainHeads baseline;
    private final Family family;
    private int documentedRules;

    IptablesRuleset(HostPolicy policy, ChainHeads baseline, Family family) {
        this.policy = policy;
        this.baseline = baseline;
        this.family = family;
    }

    int documentedRules() {
        return documentedRules;
    }

    String render(String header) {
        boolean v6 = family == Family.IPV6;
        boolean hasFamily = policy.families().contains(family);
        List<HostRule> input = hasFamily ? policy.rules(Direction.INPUT, family) : List.of();
        HostPolicy.Output output = hasFamily ? policy.output(family) : new HostPolicy.Output(List.of(), List.of());
        StringBuilder out = new StringBuilder(header.length() + baseline.length() + 200 * (input.size() + output.rest().size()))
                .append(header);
        out.append("# Load with: ").append(v6 ? "ip6tables-restore" : "iptables-restore")
                .append(" < FILE (replaces the whole filter table).\n");
        if (!hasFamily) {
            out.append("# This host has no ").append(v6 ? "IPv6" : "IPv4")
                    .append(" address in the design: nothing documented is accepted over it.\n");
        }
        out.append(baseline.inputStart());
        gaps(out, Direction.INPUT);
        documented(out, "INPUT", Direction.INPUT, input, true);
        out.append(baseline.outputStart());
        gaps(out, Direction.OUTPUT);
        closeMetadata(out, "OUTPUT", output.namingMetadata(), true);
        out.append(baseline.outputBaseline());
        documented(out, "OUTPUT", Direction.OUTPUT, output.rest(), true);
        if (baseline.forward()) {
            out.append(baseline.forwardStart());
            documented(out, "FORWARD", Direction.INPUT, input, false);
            closeMetadata(out, "FORWARD", output.namingMetadata(), false);
            documented(out, "FORWARD", Direction.OUTPUT, output.rest(), false);
        }
        return out.append("COMMIT\n").toString();
    }

    private void gaps(StringBuilder out, Direction direction) {
        for (HostGap gap : policy.gaps(direction)) {
            HostComments.line(out, "", "NOT ENFORCED " + gap.flow().id() + " (" + HostComments.describe(gap.flow()) + "): " + gap.reason());
        }
    }

    /** Accepts what names a metadata address, then drops those a broad destination covers. */
    private void closeMetadata(StringBuilder out, String chain, List<HostRule> named, boolean count) {
        List<Cidr> close = policy.families().contains(family) ? policy.metadataToClose(family) : List.of();
        if (close.isEmpty()) {
            return;
        }
        documented(out, chain, Direction.OUTPUT, named, count);
        HostComments.line(out, "", "The cloud metadata service hands out instance credentials: closed, though a "
                + "broad destination below covers it.");
        for (Cidr m : close) {
            out.append("-A ").append(chain).append(" -d ").append(m.toPrefixString())
                    .append(" -m comment --comment \"cloud metadata service\" -j DROP\n");
        }
    }

    /** A peer and protocol, and what reaches (or leaves for) it: ports with the ids of their connections. */
    private record Peer(Cidr range, Protocol protocol) {
    }

    private record Entry(PortRange ports, Flow flow, String comment) {
    }

    /** Appends the rules of a chain; {@code count} says whether they are counted (not again for FORWARD). */
    private void documented(StringBuilder out, String chain, Direction direction, List<HostRule> rules, boolean count) {
        Map<Peer, List<Entry>> byPeer = new LinkedHashMap<>();
        for (HostRule r : rules) {
            // One entry per rule, shared by all its peers: a zone-wide source has thousands.
            Entry entry = new Entry(r.port().ports(), r.flow(), CommentIds.of(r.flow().id(), COMMENT_MAX));
            for (Cidr peer : r.peers()) {
                byPeer.computeIfAbsent(new Peer(peer, r.port().protocol()), p -> new ArrayList<>(2)).add(entry);
            }
        }
        // By identity: a flow's record hash would read its whole ends, every service of a zone or of '*'.
        Set<Flow> described = Collections.newSetFromMap(new IdentityHashMap<>());
        String peerFlag = direction == Direction.INPUT ? " -s " : " -d ";
        for (Map.Entry<Peer, List<Entry>> e : byPeer.entrySet()) {
            Peer peer = e.getKey();
            for (List<Entry> group : peer.protocol().hasPorts() ? multiportGroups(e.getValue()) : singles(e.getValue())) {
                for (Entry entry : group) {
                    if (described.add(entry.flow())) {
                        policy.comments().line(out, "", entry.flow());
                    }
                }
                out.append("-A ").append(chain).append(peerFlag).append(peer.range().toPrefixString())
                        .append(protocol(peer.protocol()));
                ports(out, peer.protocol(), group);
                out.append(" -m comment --comment \"");
                comment(out, group);
                out.append("\" -j ACCEPT\n");
                documentedRules += count ? 1 : 0;
            }
        }
    }

    private static List<List<Entry>> singles(List<Entry> entries) {
        List<List<Entry>> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(List.of(e));
        }
        return out;
    }

    /** Entries packed into rules of at most 15 multiport slots and one comment of bounded length. */
    private static List<List<Entry>> multiportGroups(List<Entry> entries) {
        List<List<Entry>> groups = new ArrayList<>();
        List<Entry> group = new ArrayList<>();
        int slots = 0;
        int commentLength = 0;
        for (Entry e : entries) {
            int need = e.ports().isSingle() ? 1 : 2;
            int idLength = e.comment().length() + 2;
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

    private static void ports(StringBuilder out, Protocol protocol, List<Entry> group) {
        if (!protocol.hasPorts()) {
            return;
        }
        if (group.size() == 1) {
            out.append(" -m ").append(protocol.yamlName()).append(" --dport ").append(portText(group.get(0).ports()));
            return;
        }
        Set<PortRange> seen = new HashSet<>();
        out.append(" -m multiport --dports ");
        for (Entry e : group) {
            if (seen.add(e.ports())) {
                out.append(seen.size() == 1 ? "" : ",").append(portText(e.ports()));
            }
        }
    }

    private static String portText(PortRange ports) {
        return ports.isSingle() ? Integer.toString(ports.first()) : ports.first() + ":" + ports.last();
    }

    private static void comment(StringBuilder out, List<Entry> group) {
        Set<String> seen = new HashSet<>();
        for (Entry e : group) {
            if (seen.add(e.comment())) {
                out.append(seen.size() == 1 ? "" : ", ").append(e.comment());
            }
        }
    }
}
