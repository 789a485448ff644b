package io.zonewright.export.host;

import io.zonewright.flows.Addresses;
import io.zonewright.flows.Family;
import io.zonewright.flows.Flow;
import io.zonewright.flows.FlowEnd;
import io.zonewright.flows.Flows;
import io.zonewright.model.Cidr;
import io.zonewright.model.CloudMetadata;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the firewall of one host enforces: the flows that reach it (input) and those it opens (output),
 * each as rules per address family, the flows it cannot enforce, and which cloud metadata addresses its
 * output must close because a broad destination covers them. Both host-firewall targets render this, so
 * nftables and iptables mean the same.
 *
 * <p>A host is a service with {@code addresses} outside the external zones: the ruleset applies to each
 * address in them. A host gets rules only for the families it has addresses in.</p>
 */
public final class HostPolicy {

    private final Service host;
    private final FlowComments comments;
    private final Set<Family> families;
    /** Rules by direction, then family: [INPUT, OUTPUT][IPV4, IPV6]. */
    private final List<List<List<HostRule>>> rules = List.of(
            List.of(new ArrayList<>(), new ArrayList<>()), List.of(new ArrayList<>(), new ArrayList<>()));
    private final List<HostGap> gaps = new ArrayList<>();
    private final List<Cidr> metadataToClose = new ArrayList<>();

    private HostPolicy(Service host, FlowComments comments) {
        this.host = host;
        this.comments = comments;
        Addresses own = Addresses.of(host.addresses());
        this.families = EnumSet.noneOf(Family.class);
        for (Family f : Family.values()) {
            if (own.has(f)) {
                families.add(f);
            }
        }
    }

    /** The policy of one host. */
    static HostPolicy of(Flows flows, Service host, FlowComments comments) {
        HostPolicy policy = new HostPolicy(host, comments);
        flows.into(host).forEach(f -> policy.add(f, Direction.INPUT, f.from()));
        flows.outOf(host).forEach(f -> policy.add(f, Direction.OUTPUT, f.to()));
        return policy;
    }

    /** Whether the design puts a firewall on this service: it has addresses and is not outside. */
    public static boolean isHost(Topology topology, Service service) {
        return !service.addresses().isEmpty() && topology.zoneOf(service).role() != ZoneRole.EXTERNAL;
    }

    /** The addresses the design's own DNS servers answer on; empty when it names none (then any resolver). */
    public static Addresses resolvers(Topology topology) {
        List<Cidr> out = new ArrayList<>();
        topology.services().stream().filter(s -> s.kind() == ServiceKind.DNS).forEach(s -> out.addAll(s.addresses()));
        return Addresses.of(out);
    }

    private void add(Flow flow, Direction direction, FlowEnd peer) {
        if (peer.hasGap()) {
            gaps.add(new HostGap(flow, direction, peer.gap()));
        }
        for (Family f : families) {
            List<Cidr> ranges = peer.addresses().of(f);
            if (ranges.isEmpty()) {
                continue;
            }
            rules.get(direction.ordinal()).get(f.ordinal()).add(new HostRule(flow, direction, f, ranges));
            if (direction == Direction.OUTPUT) {
                for (Cidr m : CloudMetadata.coveredUnnamed(ranges)) {
                    if (!metadataToClose.contains(m)) {
                        metadataToClose.add(m);
                    }
                }
            }
        }
        if (!peer.hasGap() && families.stream().noneMatch(peer.addresses()::has)) {
            gaps.add(new HostGap(flow, direction, "the " + (direction == Direction.INPUT ? "source" : "destination")
                    + " has no " + familyWords(families) + " address"));
        }
    }

    private static String familyWords(Set<Family> families) {
        return families.size() == 2 ? "IPv4 or IPv6" : families.contains(Family.IPV4) ? "IPv4" : "IPv6";
    }

    public Service host() {
        return host;
    }

    /** How the rulesets describe the flows of this host's rules. */
    public FlowComments comments() {
        return comments;
    }

    public Set<Family> families() {
        return families;
    }

    /** The rules of one chain and family, in the design's connection order. */
    public List<HostRule> rules(Direction direction, Family family) {
        return Collections.unmodifiableList(rules.get(direction.ordinal()).get(family.ordinal()));
    }

    public List<HostGap> gaps(Direction direction) {
        if (gaps.isEmpty()) {
            return List.of();
        }
        return gaps.stream().filter(g -> g.direction() == direction).toList();
    }

    public List<HostGap> gaps() {
        return List.copyOf(gaps);
    }

    /**
     * The output rules of a family, split around the drop of the metadata service: those (parts of rules)
     * that name a metadata address go before it, the rest after. Without a drop, everything is the rest.
     */
    public record Output(List<HostRule> namingMetadata, List<HostRule> rest) {
    }

    public Output output(Family family) {
        List<HostRule> rules = rules(Direction.OUTPUT, family);
        if (metadataToClose(family).isEmpty()) {
            return new Output(List.of(), rules);
        }
        List<HostRule> named = new ArrayList<>();
        List<HostRule> rest = new ArrayList<>(rules.size());
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
        return new Output(named, rest);
    }

    /** The metadata addresses of a family that the output chain must drop before its accepts. */
    public List<Cidr> metadataToClose(Family family) {
        return metadataToClose.stream().filter(c -> c.isIpv6() == (family == Family.IPV6)).toList();
    }
}
