package io.zonewright.compare;

import io.zonewright.export.ExportOptions;
import io.zonewright.export.host.HostBaseline;
import io.zonewright.flows.Flow;
import io.zonewright.flows.FlowEnd;
import io.zonewright.flows.Flows;
import io.zonewright.hostfw.Admitted;
import io.zonewright.hostfw.Evaluator;
import io.zonewright.hostfw.Ruleset;
import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;
import io.zonewright.model.CloudMetadata;
import io.zonewright.model.PortSet;
import io.zonewright.model.Service;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.List;

/**
 * A design audited against one host's ruleset (nftables, or iptables for one or both families). The host
 * is the design service it belongs to; what its input chain admits comes from addresses, what its output
 * chain opens goes to addresses, as the design's flows into and out of the service say, together with the
 * plumbing every exported host has (DNS, NTP, DHCP, neighbour discovery). Only the families the rulesets
 * decide are compared.
 */
public final class HostAudit {

    /**
     * A design read for auditing hosts against it: its flows and what its export gives every host. Read once,
     * it serves every host of an audit.
     */
    public record Documented(Flows flows, HostBaseline baseline) {
        public static Documented of(Topology design, ExportOptions options) {
            return new Documented(Flows.of(design), HostBaseline.of(design, options));
        }
    }

    private final Documented documented;
    private final Service service;
    private final AddressSet families;
    private final List<String> notes = new ArrayList<>();

    private HostAudit(Documented documented, Service service, AddressSet families) {
        this.documented = documented;
        this.service = service;
        this.families = families;
    }

    /** The drift of a host of {@code service} from what {@code rulesets} let through, in the families they decide. */
    public static AuditResult of(Topology design, Service service, List<Ruleset> rulesets, ExportOptions options, String against) {
        return of(Documented.of(design, options), service, rulesets, against);
    }

    public static AuditResult of(Documented design, Service service, List<Ruleset> rulesets, String against) {
        AddressSet families = AddressSet.NONE;
        for (Ruleset r : rulesets) {
            families = families.union(r.families());
        }
        HostAudit audit = new HostAudit(design, service, families);
        List<Grant> deployed = audit.deployed(rulesets);
        for (Ruleset r : rulesets) {
            r.notes().forEach(n -> audit.notes.add(r.file() + ": " + n));
        }
        return new AuditResult(against, Comparison.of(audit.documented(), deployed), audit.notes);
    }

    /** The service a host belongs to: named by its id, or by one of its addresses; null when neither. */
    public static Service locate(Topology design, String host) {
        Service byId = design.service(host);
        if (byId != null) {
            return byId;
        }
        Cidr address;
        try {
            address = Cidr.parse(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return design.services().stream().filter(s -> s.addresses().stream().anyMatch(a -> a.contains(address)))
                .findFirst().orElse(null);
    }

    private Party self() {
        return new Party.Named(service.id(), service.id());
    }

    /**
     * What the host's rulesets admit and open. The ruleset is the host's: what its input chain admits, the
     * host admits, whichever of its addresses (or a multicast address, for neighbour discovery) a packet is for.
     */
    private List<Grant> deployed(List<Ruleset> rulesets) {
        List<Grant> out = new ArrayList<>();
        for (Admitted a : Evaluator.admitted(rulesets, "input")) {
            AddressSet from = a.box().sources().intersection(families);
            if (!from.isEmpty()) {
                out.add(new Grant(new Party.Addresses(from), self(), a.box().ports(), new Cause(a.rule(), a.location())));
            }
        }
        for (Admitted a : Evaluator.admitted(rulesets, "output")) {
            AddressSet to = a.box().destinations().intersection(families);
            if (!to.isEmpty()) {
                out.add(new Grant(self(), new Party.Addresses(to), a.box().ports(), new Cause(a.rule(), a.location())));
            }
        }
        return out;
    }

    private List<Grant> documented() {
        List<Grant> out = new ArrayList<>();
        Flows flows = documented.flows();
        for (Flow f : flows.into(service)) {
            AddressSet from = addresses(f.from(), false, f).intersection(families);
            if (!from.isEmpty()) {
                out.add(new Grant(new Party.Addresses(from), self(), PortSet.of(f.port()), Cause.of(f)));
            }
        }
        for (Flow f : flows.outOf(service)) {
            AddressSet to = addresses(f.to(), true, f).intersection(families);
            if (!to.isEmpty()) {
                out.add(new Grant(self(), new Party.Addresses(to), PortSet.of(f.port()), Cause.of(f)));
            }
        }
        for (HostBaseline.Plumbing p : documented.baseline().plumbing()) {
            AddressSet peers = p.peers().intersection(families);
            if (peers.isEmpty()) {
                continue;
            }
            Cause cause = new Cause("host plumbing: " + p.what(), SourceLocation.UNKNOWN);
            out.add(p.inbound() ? new Grant(new Party.Addresses(peers), self(), p.ports(), cause)
                    : new Grant(self(), new Party.Addresses(peers), p.ports(), cause));
        }
        return out;
    }

    /** An end's addresses as the host firewalls write them: a destination leaves out the metadata service it does not name. */
    private AddressSet addresses(FlowEnd end, boolean destination, Flow f) {
        if (end.hasGap()) {
            notes.add(f.id() + ": " + end.gap() + "; that part is not compared");
        }
        List<Cidr> all = end.addresses().all();
        AddressSet out = AddressSet.of(all);
        if (destination) {
            for (Cidr hole : CloudMetadata.coveredUnnamed(all)) {
                out = out.minus(AddressSet.of(hole));
            }
        }
        return out;
    }
}
