package io.zonewright.imports;

import io.zonewright.export.ExportOptions;
import io.zonewright.export.host.HostBaseline;
import io.zonewright.flows.AddressEnds;
import io.zonewright.hostfw.Admitted;
import io.zonewright.hostfw.Evaluator;
import io.zonewright.hostfw.HostFile;
import io.zonewright.hostfw.Ruleset;
import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;
import io.zonewright.model.Deployment;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PortSet;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.ZoneRole;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A design from hosts' rulesets. Each host is a service with its address, in a zone of its subnet (a /24,
 * a /64); what its input chain admits becomes connections into it, what its output chain opens connections
 * out of it, from and to the other hosts where their addresses are, from and to networks otherwise. The
 * plumbing every exported host has (DNS, NTP, DHCP, neighbour discovery) is left to the export.
 */
public final class HostImport {

    /** A host: its name (its address when it has none), its address, and its rulesets (one per family, or one for both). */
    public record Host(String name, Cidr address, List<Ruleset> rulesets) {
    }

    private final List<Host> hosts;
    private final DesignDraft draft = new DesignDraft();
    private final Map<Cidr, String> serviceAt = new LinkedHashMap<>();
    /** Each imported host's service id and address, for reading addresses back into hosts. */
    private final Map<String, AddressSet> hostAddresses = new LinkedHashMap<>();
    private final List<HostBaseline.Plumbing> plumbing = HostBaseline.of(
            new Topology("", "", List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()), ExportOptions.defaults()).plumbing();
    private String outside;
    /** The outside zone of one family (true: IPv4), made when a rule first names all of it. */
    private final Map<Boolean, String> outsideOfFamily = new HashMap<>();

    private HostImport(List<Host> hosts) {
        this.hosts = hosts;
    }

    /**
     * The hosts of rulesets named {@code ADDRESS=FILE} or {@code NAME@ADDRESS=FILE} ({@code rulesets[i]} read from
     * {@code files[i]}): the files of one address are one host's, named by the first name given.
     */
    public static List<Host> hosts(List<HostFile> files, List<Ruleset> rulesets) {
        Map<Cidr, String> names = new LinkedHashMap<>();
        Map<Cidr, List<Ruleset>> byAddress = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String host = files.get(i).host();
            Cidr address = address(host);
            int at = host.indexOf('@');
            names.putIfAbsent(address, at < 0 ? address.toString() : host.substring(0, at));
            byAddress.computeIfAbsent(address, a -> new ArrayList<>()).add(rulesets.get(i));
        }
        List<Host> out = new ArrayList<>();
        byAddress.forEach((address, list) -> out.add(new Host(names.get(address), address, list)));
        return out;
    }

    /** The address of {@code ADDRESS} or {@code NAME@ADDRESS}; anything else, a network included, is refused. */
    public static Cidr address(String host) {
        int at = host.indexOf('@');
        Cidr address;
        try {
            address = Cidr.parse(at < 0 ? host : host.substring(at + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + host + "' is not ADDRESS or NAME@ADDRESS (" + e.getMessage() + ")", e);
        }
        if (!address.isHost() || at == 0) {
            throw new IllegalArgumentException("'" + host + "' is " + (at == 0 ? "a name left empty" : "a network, not a host's address"));
        }
        return address;
    }

    public static Imported of(List<Host> hosts, String name) {
        return new HostImport(hosts).build(name);
    }

    private Imported build(String name) {
        for (Host h : hosts) {
            Cidr subnet = subnet(h.address());
            String zone = draft.hasZone(zoneId(subnet)) ? zoneId(subnet) : draft.zone(zoneId(subnet), "Subnet " + subnet.toPrefixString(),
                    "The hosts of " + subnet.toPrefixString() + ".", ZoneRole.APPLICATION, List.of(subnet));
            String id = draft.freshId(h.name(), "h-");
            serviceAt.put(h.address(), id);
            hostAddresses.put(id, AddressSet.of(h.address()));
            List<PortSpec> listens = new ArrayList<>();
            for (Admitted a : Evaluator.admitted(h.rulesets(), "input")) {
                if (a.box().sources().overlaps(families(h)) && !isPlumbing(a, true)) {
                    a.box().ports().toPortSpecs().stream().filter(p -> p.protocol().hasPorts() && !listens.contains(p)).forEach(listens::add);
                }
            }
            draft.service(new Service(id, h.name(), zone, Guesses.kindByPorts(listens), listens, List.of(h.address()),
                    Deployment.NONE, SourceLocation.UNKNOWN));
        }
        outside = draft.zone(draft.freshId("outside", "z-"), "Outside", "Addresses of no imported host's subnet.",
                ZoneRole.EXTERNAL, List.of(Cidr.parse("0.0.0.0/0"), Cidr.parse("::/0")));
        for (Host h : hosts) {
            Endpoint self = new Endpoint.ServiceRef(serviceAt.get(h.address()));
            AddressSet families = families(h);
            for (Admitted a : Evaluator.admitted(h.rulesets(), "input")) {
                AddressSet from = a.box().sources().intersection(families);
                if (!from.isEmpty() && !isPlumbing(a, true)) {
                    ends(from).forEach(source -> connect(source, self, a.box().ports(), h.address(), true));
                }
            }
            for (Admitted a : Evaluator.admitted(h.rulesets(), "output")) {
                AddressSet to = a.box().destinations().intersection(families);
                if (!to.isEmpty() && !isPlumbing(a, false)) {
                    ends(to).forEach(target -> connect(self, target, a.box().ports(), h.address(), false));
                }
            }
            h.rulesets().forEach(r -> r.notes().forEach(n -> draft.note(r.file() + ": " + n)));
        }
        draft.note("host plumbing (DNS, NTP, DHCP, IPv6 neighbour discovery) is not made into connections: the export adds it");
        return new Imported(draft.toTopology(name, "Imported from host rulesets: what their firewalls admit and open."), draft.notes());
    }

    /** What a host's rulesets decide: what they leave to another ruleset (the other family of iptables) is unknown. */
    private static AddressSet families(Host h) {
        AddressSet out = AddressSet.NONE;
        for (Ruleset r : h.rulesets()) {
            out = out.union(r.families());
        }
        return out;
    }

    /** Whether what a rule lets through is an export's plumbing, which the design does not document. */
    private boolean isPlumbing(Admitted a, boolean inbound) {
        AddressSet peers = inbound ? a.box().sources() : a.box().destinations();
        return plumbing.stream().anyMatch(p -> p.inbound() == inbound && p.ports().containsAll(a.box().ports())
                && p.peers().containsAll(peers));
    }

    /**
     * The ends that stand for addresses: the outside zone for every address, an outside zone of the family
     * for all of one family; otherwise the imported hosts among them, then the networks of the rest.
     */
    private List<Endpoint> ends(AddressSet addresses) {
        if (addresses.equals(AddressSet.ALL)) {
            return List.of(new Endpoint.ZoneRef(outside));
        }
        if (addresses.equals(AddressSet.ALL_IPV4) || addresses.equals(AddressSet.ALL_IPV6)) {
            // A zone, not the network: a network end would also stand for every imported host in it as a source
            // or destination, and say they open what only the host that admits it does.
            String zone = outsideOfFamily.computeIfAbsent(addresses.equals(AddressSet.ALL_IPV4), v4 ->
                    draft.zone(draft.freshId(v4 ? "outside-ipv4" : "outside-ipv6", "z-"), v4 ? "Outside (IPv4)" : "Outside (IPv6)",
                            "Every address of the family, as a firewall rule named it.", ZoneRole.EXTERNAL, addresses.toCidrs()));
            return List.of(new Endpoint.ZoneRef(zone));
        }
        return AddressEnds.of(addresses, hostAddresses);
    }

    /**
     * A connection for each port spec. A host may admit or open its own address (a scraper scraping itself);
     * a design has no connection of a service to itself, so that end is written as the address.
     */
    private void connect(Endpoint from, Endpoint to, PortSet ports, Cidr own, boolean inbound) {
        if (from.equals(to)) {
            from = inbound ? new Endpoint.Network(own) : from;
            to = inbound ? to : new Endpoint.Network(own);
        }
        Endpoint source = from;
        Endpoint target = to;
        ports.toPortSpecs().forEach(spec -> draft.connect(source, target, spec));
    }

    private static Cidr subnet(Cidr address) {
        int prefix = address.isIpv6() ? 64 : 24;
        int bits = address.isIpv6() ? 128 : 32;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE.shiftLeft(bits - prefix));
        return Cidr.of(address.isIpv6(), address.first().and(mask), prefix);
    }

    private static String zoneId(Cidr subnet) {
        return "net-" + subnet.toString().replaceAll("[^0-9A-Fa-f]+", "-").replaceAll("-+$", "");
    }
}
