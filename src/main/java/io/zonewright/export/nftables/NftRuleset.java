package io.zonewright.export.nftables;

import io.zonewright.export.CommentIds;
import io.zonewright.export.host.Direction;
import io.zonewright.export.host.DisjointElements;
import io.zonewright.export.host.HostBaseline;
import io.zonewright.export.host.HostComments;
import io.zonewright.export.host.HostGap;
import io.zonewright.export.host.HostOutbound;
import io.zonewright.export.host.HostPolicy;
import io.zonewright.export.host.HostRule;
import io.zonewright.flows.Family;
import io.zonewright.model.Cidr;
import io.zonewright.model.CloudMetadata;
import io.zonewright.model.Protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The nftables ruleset of one host. It replaces only its own table ({@code table inet zonewright {}},
 * {@code delete table}, then the definition), never the whole ruleset: Docker's, kube-proxy's and
 * firewalld's tables stay. Base chains have policy drop. The documented TCP and UDP connections of each
 * chain and family are the elements of one concatenated interval set (peer . port), each element with
 * its connection id as comment and its own counter, matched by one rule: a host with tens of thousands
 * of connections loads in a fraction of a second. An element that would overlap one before it (sets
 * refuse that), ICMP and any-protocol connections are rules of their own, with counter and comment.
 */
final class NftRuleset {

    /** nft refuses comments over 128 bytes. */
    private static final int COMMENT_MAX = 128;
    private static final String INDENT = "\t\t";
    private static final List<Protocol> WITH_PORTS = List.of(Protocol.TCP, Protocol.UDP);

    private final HostPolicy policy;
    private final HostBaseline baseline;
    private final String header;
    private final StringBuilder sets = new StringBuilder();
    private int documentedRules;

    NftRuleset(HostPolicy policy, HostBaseline baseline, String header) {
        this.policy = policy;
        this.baseline = baseline;
        this.header = header;
    }

    /** Rules and set elements that enforce a documented connection. */
    int documentedRules() {
        return documentedRules;
    }

    String render() {
        StringBuilder closeMetadata = new StringBuilder();
        List<HostRule> outputRules = new ArrayList<>();
        for (Family family : policy.families()) {
            outputRules.addAll(closeMetadata(closeMetadata, family, policy.rules(Direction.OUTPUT, family)));
        }
        String accepted = documented(Direction.INPUT, policy.rules(Direction.INPUT, null));
        String opened = documented(Direction.OUTPUT, outputRules);

        StringBuilder out = new StringBuilder("#!/usr/sbin/nft -f\n").append(header)
                .append("# Load with: nft -f FILE (replaces only table inet zonewright).\n\n")
                .append("table inet zonewright {}\ndelete table inet zonewright\n\n")
                .append("table inet zonewright {\n").append(sets);
        out.append(chainStart("input")).append(inputBaseline()).append(gaps(Direction.INPUT)).append(accepted).append("\t}\n");
        out.append(chainStart("output")).append(outputLoopbackAndNeighbours()).append(gaps(Direction.OUTPUT))
                .append(closeMetadata).append(outputBaseline()).append(opened).append("\t}\n");
        if (baseline.options().forward()) {
            out.append(chainStart("forward")).append(INDENT).append("ct state established,related accept\n")
                    .append(INDENT).append("ct state invalid drop\n");
            HostComments.line(out, INDENT, "This host routes containers: they accept and open what the host does.");
            out.append(accepted).append(closeMetadata).append(opened).append("\t}\n");
        }
        return out.append("}\n").toString();
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
            out.append(INDENT).append("udp sport 67 udp dport 68 accept\n");
            out.append(INDENT).append("udp sport 547 udp dport 546 accept\n");
        }
        return out.toString();
    }

    private static String outputLoopbackAndNeighbours() {
        return INDENT + "ct state established,related accept\n"
                + INDENT + "ct state invalid drop\n"
                + INDENT + "oifname \"lo\" accept\n"
                + INDENT + "icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-solicit } accept\n";
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
            out.append(INDENT).append("udp sport 68 udp dport 67 accept\n");
            out.append(INDENT).append("udp sport 546 udp dport 547 accept\n");
        }
        return out.toString();
    }

    private String gaps(Direction direction) {
        StringBuilder out = new StringBuilder();
        for (HostGap gap : policy.gaps(direction)) {
            HostComments.line(out, INDENT, "NOT ENFORCED " + HostComments.describe(gap.flow()) + ": " + gap.reason());
        }
        return out.toString();
    }

    /**
     * Accepts the connections that name a metadata address, then drops the metadata addresses a broad
     * destination would open; returns the rules left to the documented part.
     */
    private List<HostRule> closeMetadata(StringBuilder out, Family family, List<HostRule> rules) {
        List<Cidr> close = policy.metadataToClose(family);
        if (close.isEmpty()) {
            return rules;
        }
        List<HostRule> rest = new ArrayList<>(rules.size());
        for (HostRule r : rules) {
            List<Cidr> named = r.peers().stream().filter(CloudMetadata::isMetadata).toList();
            if (!named.isEmpty()) {
                rule(out, new HostRule(r.flow(), r.direction(), family, named));
            }
            if (named.size() < r.peers().size()) {
                rest.add(named.isEmpty() ? r : new HostRule(r.flow(), r.direction(), family,
                        r.peers().stream().filter(p -> !CloudMetadata.isMetadata(p)).toList()));
            }
        }
        HostComments.line(out, INDENT, "The cloud metadata service hands out instance credentials: closed, "
                + "though a broad destination below covers it.");
        for (Cidr m : close) {
            out.append(INDENT).append(address(family)).append(" daddr ").append(m)
                    .append(" counter drop comment \"cloud metadata service\"\n");
        }
        return rest;
    }

    /** The documented rules of a chain: per family and protocol a set of elements, then the rules apart. */
    private String documented(Direction direction, List<HostRule> rules) {
        StringBuilder out = new StringBuilder();
        for (Family family : policy.families()) {
            for (Protocol protocol : WITH_PORTS) {
                List<HostRule> matching = rules.stream()
                        .filter(r -> r.family() == family && r.port().protocol() == protocol).toList();
                if (!matching.isEmpty()) {
                    elementSet(out, direction, family, protocol, matching);
                }
            }
        }
        for (HostRule r : rules) {
            if (!r.port().protocol().hasPorts()) {
                rule(out, r);
            }
        }
        return out.toString();
    }

    private void elementSet(StringBuilder out, Direction direction, Family family, Protocol protocol, List<HostRule> rules) {
        String name = (direction == Direction.INPUT ? "in_" : "out_") + protocol.yamlName()
                + (family == Family.IPV4 ? "_v4" : "_v6");
        DisjointElements kept = new DisjointElements();
        StringBuilder elements = new StringBuilder();
        List<HostRule> apart = new ArrayList<>();
        for (HostRule r : rules) {
            List<Cidr> overlapping = new ArrayList<>();
            boolean described = false;
            for (Cidr peer : r.peers()) {
                if (!kept.add(peer, r.port().ports())) {
                    overlapping.add(peer);
                    continue;
                }
                elements.append("\t\t\t").append(peer).append(" . ").append(r.port().ports()).append(" comment \"")
                        .append(CommentIds.of(r.flow().id(), COMMENT_MAX)).append("\",");
                if (!described) {
                    elements.append(" # ").append(HostComments.inline(r.flow()));
                    described = true;
                }
                elements.append('\n');
                documentedRules++;
            }
            if (!overlapping.isEmpty()) {
                apart.add(new HostRule(r.flow(), direction, family, overlapping));
            }
        }
        if (elements.length() > 0) {
            sets.append("\tset ").append(name).append(" {\n")
                    .append("\t\ttype ").append(family == Family.IPV4 ? "ipv4_addr" : "ipv6_addr").append(" . inet_service\n")
                    .append("\t\tflags interval\n\t\tcounter\n\t\telements = {\n")
                    .append(elements).append("\t\t}\n\t}\n");
            out.append(INDENT).append(address(family)).append(' ').append(peerField(direction)).append(" . ")
                    .append(protocol.yamlName()).append(" dport @").append(name)
                    .append(" counter accept comment \"documented connections, one element each\"\n");
        }
        for (HostRule r : apart) {
            rule(out, r);
        }
    }

    /** A rule of its own for one flow, after a comment that describes it. */
    private void rule(StringBuilder out, HostRule r) {
        HostComments.line(out, INDENT, HostComments.describe(r.flow()));
        out.append(INDENT).append(address(r.family())).append(' ').append(peerField(r.direction())).append(' ')
                .append(set(r.peers()));
        switch (r.port().protocol()) {
            case TCP, UDP -> out.append(' ').append(r.port().protocol().yamlName()).append(" dport ").append(r.port().ports());
            case ICMP -> out.append(" meta l4proto ").append(r.family() == Family.IPV4 ? "icmp" : "ipv6-icmp");
            case ANY -> { }
        }
        out.append(" counter accept comment \"").append(CommentIds.of(r.flow().id(), COMMENT_MAX)).append("\"\n");
        documentedRules++;
    }

    private static String address(Family family) {
        return family == Family.IPV4 ? "ip" : "ip6";
    }

    private static String peerField(Direction direction) {
        return direction == Direction.INPUT ? "saddr" : "daddr";
    }

    private static String set(List<Cidr> ranges) {
        if (ranges.size() == 1) {
            return ranges.get(0).toString();
        }
        StringBuilder s = new StringBuilder("{ ");
        for (int i = 0; i < ranges.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(ranges.get(i));
        }
        return s.append(" }").toString();
    }
}
