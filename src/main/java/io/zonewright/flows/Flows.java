package io.zonewright.flows;

import io.zonewright.analysis.EndpointResolver;
import io.zonewright.analysis.EndpointScope;
import io.zonewright.model.Cidr;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one resolution of a design into concrete flows. Ends are resolved by the analysis's
 * {@link EndpointResolver}, so that an artifact covers exactly the services a finding speaks of; the
 * addresses of each distinct end are worked out once. Every exporter reads this, never the raw design.
 */
public final class Flows {

    /** How many services a gap names before it only counts the rest. */
    private static final int NAMED_IN_GAP = 3;

    private final Topology topology;
    private final List<Flow> flows;
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final List<List<Flow>> into;
    private final List<List<Flow>> outOf;

    private Flows(Topology topology) {
        this.topology = topology;
        EndpointResolver resolver = new EndpointResolver(topology);
        Map<String, FlowEnd> ends = new HashMap<>();
        List<Service> services = topology.services();
        into = new ArrayList<>(services.size());
        outOf = new ArrayList<>(services.size());
        for (int i = 0; i < services.size(); i++) {
            serviceIndex.put(services.get(i).id(), i);
            into.add(new ArrayList<>(2));
            outOf.add(new ArrayList<>(2));
        }
        List<Flow> all = new ArrayList<>(topology.connections().size());
        for (Connection c : topology.connections()) {
            FlowEnd from = ends.computeIfAbsent(c.from().text(), t -> end(c.from(), resolver.resolve(c.from())));
            FlowEnd to = ends.computeIfAbsent(c.to().text(), t -> end(c.to(), resolver.resolve(c.to())));
            Flow flow = new Flow(c, from, to);
            all.add(flow);
            for (int s : from.scope().serviceIndexes()) {
                outOf.get(s).add(flow);
            }
            for (int s : to.scope().serviceIndexes()) {
                into.get(s).add(flow);
            }
        }
        this.flows = List.copyOf(all);
    }

    public static Flows of(Topology topology) {
        return new Flows(topology);
    }

    public Topology topology() {
        return topology;
    }

    /** Every flow, in the design's canonical connection order. */
    public List<Flow> all() {
        return flows;
    }

    /** The flows whose destination covers {@code service}: what reaches it. */
    public List<Flow> into(Service service) {
        return into.get(serviceIndex.get(service.id()));
    }

    /** The flows whose source covers {@code service}: what it opens. */
    public List<Flow> outOf(Service service) {
        return outOf.get(serviceIndex.get(service.id()));
    }

    private FlowEnd end(Endpoint endpoint, EndpointScope scope) {
        if (endpoint instanceof Endpoint.Network net) {
            return new FlowEnd(endpoint, scope, Addresses.of(List.of(net.cidr())), List.of(), null);
        }
        if (endpoint instanceof Endpoint.ZoneRef) {
            Zone zone = scope.zones().get(0);
            String gap = zone.addresses().isEmpty() ? "zone " + zone.id() + " has no addresses" : null;
            return new FlowEnd(endpoint, scope, Addresses.of(zone.addresses()), List.of(), gap);
        }
        Set<Cidr> ranges = new LinkedHashSet<>();
        List<Service> unaddressed = new ArrayList<>();
        for (Service s : scope.services()) {
            ranges.addAll(s.addresses());
            if (s.addresses().isEmpty()) {
                unaddressed.add(s);
            }
        }
        return new FlowEnd(endpoint, scope, Addresses.of(ranges), unaddressed, gap(unaddressed));
    }

    private static String gap(List<Service> unaddressed) {
        if (unaddressed.isEmpty()) {
            return null;
        }
        if (unaddressed.size() == 1) {
            return "service " + unaddressed.get(0).id() + " has no addresses";
        }
        StringBuilder text = new StringBuilder(unaddressed.size() + " services have no addresses: ");
        for (int i = 0; i < Math.min(NAMED_IN_GAP, unaddressed.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(unaddressed.get(i).id());
        }
        if (unaddressed.size() > NAMED_IN_GAP) {
            text.append(" and ").append(unaddressed.size() - NAMED_IN_GAP).append(" more");
        }
        return text.toString();
    }
}
