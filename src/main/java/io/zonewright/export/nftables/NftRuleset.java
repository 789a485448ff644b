package io.zonewright.export.nftables;

import io.zonewright.export.CommentIds;
import io.zonewright.export.host.ChainHeads;
import io.zonewright.export.host.Direction;
import io.zonewright.export.host.DisjointElements;
import io.zonewright.export.host.HostComments;
import io.zonewright.export.host.HostGap;
import io.zonewright.export.host.HostPolicy;
import io.zonewright.export.host.HostRule;
import io.zonewright.flows.Family;
import io.zonewright.model.Cidr;
import io.zonewright.model.Protocol;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
    static final String INDENT = "\t\t";

    private final HostPolicy policy;
    private final ChainHeads baseline;
    private final String header;
    private final StringBuilder sets = new StringBuilder();
    private int documentedRules;

    NftRuleset(HostPolicy policy, ChainHeads baseline, String header) {
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
        Map<Family, List<HostRule>> outputRules = new EnumMap<>(Family.class);
        for (Family family : policy.families()) {
            outputRules.put(family, closeMetadata(closeMetadata, family));
        }
        String accepted = documented(Direction.INPUT, family -> policy.rules(Direction.INPUT, family));
        String opened = documented(Direction.OUTPUT, outputRules::get);

        StringBuilder out = new StringBuilder(4096 + accepted.length() + opened.length() + sets.length());
        out.append("#!/usr/sbin/nft -f\n").append(header)
                .append("# Load with: nft -f FILE (replaces only table inet zonewright).\n\n")
                .append("table inet zonewright {}\ndelete table inet zonewright\n\n")
                .append("table inet zonewright {\n").append(sets);
        out.append(baseline.inputStart()).append(gaps(Direction.INPUT)).append(accepted).append("\t}\n");
        out.append(baseline.outputStart()).append(gaps(Direction.OUTPUT))
                .append(closeMetadata).append(baseline.outputBaseline()).append(opened).append("\t}\n");
        if (baseline.forward()) {
            out.append(baseline.forwardStart()).append(accepted).append(closeMetadata).append(opened).append("\t}\n");
        }
        return out.append("}\n").toString();
    }

    private String gaps(Direction direction) {
        StringBuilder out = new StringBuilder();
        for (HostGap gap : policy.gaps(direction)) {
            HostComments.line(out, INDENT, "NOT ENFORCED " + gap.flow().id() + " (" + HostComments.describe(gap.flow()) + "): " + gap.reason());
        }
        return out.toString();
    }

    /**
     * Accepts the connections that name a metadata address, then drops the metadata addresses a broad
     * destination would open; returns the rules left to the documented part.
     */
    private List<HostRule> closeMetadata(StringBuilder out, Family family) {
        HostPolicy.Output output = policy.output(family);
        List<Cidr> close = policy.metadataToClose(family);
        if (close.isEmpty()) {
            return output.rest();
        }
        output.namingMetadata().forEach(r -> rule(out, r));
        HostComments.line(out, INDENT, "The cloud metadata service hands out instance credentials: closed, "
                + "though a broad destination below covers it.");
        for (Cidr m : close) {
            out.append(INDENT).append(address(family)).append(" daddr ").append(m)
                    .append(" counter drop comment \"cloud metadata service\"\n");
        }
        return output.rest();
    }

    /** The documented rules of a chain: per family and protocol a set of elements, then the rules apart. */
    private String documented(Direction direction, Function<Family, List<HostRule>> rulesOf) {
        StringBuilder out = new StringBuilder();
        List<HostRule> withoutPorts = new ArrayList<>();
        for (Family family : policy.families()) {
            List<HostRule> tcp = new ArrayList<>();
            List<HostRule> udp = new ArrayList<>();
            for (HostRule r : rulesOf.apply(family)) {
                switch (r.port().protocol()) {
                    case TCP -> tcp.add(r);
                    case UDP -> udp.add(r);
                    case ICMP, ANY -> withoutPorts.add(r);
                }
            }
            if (!tcp.isEmpty()) {
                elementSet(out, direction, family, Protocol.TCP, tcp);
            }
            if (!udp.isEmpty()) {
                elementSet(out, direction, family, Protocol.UDP, udp);
            }
        }
        for (HostRule r : withoutPorts) {
            rule(out, r);
        }
        return out.toString();
    }

    private void elementSet(StringBuilder out, Direction direction, Family family, Protocol protocol, List<HostRule> rules) {
        String name = (direction == Direction.INPUT ? "in_" : "out_") + protocol.yamlName()
                + (family == Family.IPV4 ? "_v4" : "_v6");
        DisjointElements kept = new DisjointElements();
        // The set is written where it goes, and taken back if no element went into it.
        int start = sets.length();
        sets.append("\tset ").append(name).append(" {\n")
                .append("\t\ttype ").append(family == Family.IPV4 ? "ipv4_addr" : "ipv6_addr").append(" . inet_service\n")
                .append("\t\tflags interval\n\t\tcounter\n\t\telements = {\n");
        int elementsStart = sets.length();
        List<HostRule> apart = new ArrayList<>();
        for (HostRule r : rules) {
            List<Cidr> overlapping = new ArrayList<>();
            boolean described = false;
            for (Cidr peer : r.peers()) {
                if (!kept.add(peer, r.port().ports())) {
                    overlapping.add(peer);
                    continue;
                }
                sets.append("\t\t\t").append(peer).append(" . ").append(r.port().ports()).append(" comment \"")
                        .append(CommentIds.of(r.flow().id(), COMMENT_MAX)).append("\",");
                if (!described) {
                    sets.append(" # ").append(policy.comments().inline(r.flow()));
                    described = true;
                }
                sets.append('\n');
                documentedRules++;
            }
            if (!overlapping.isEmpty()) {
                apart.add(new HostRule(r.flow(), direction, family, overlapping));
            }
        }
        if (sets.length() == elementsStart) {
            sets.setLength(start);
        } else {
            sets.append("\t\t}\n\t}\n");
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
        policy.comments().line(out, INDENT, r.flow());
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

    static String address(Family family) {
        return family == Family.IPV4 ? "ip" : "ip6";
    }

    private static String peerField(Direction direction) {
        return direction == Direction.INPUT ? "saddr" : "daddr";
    }

    static String set(List<Cidr> ranges) {
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
