package io.zonewright.analysis;

import io.zonewright.model.Cidr;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves endpoints to {@link EndpointScope}s, once per distinct endpoint. An address range belongs to
 * the zones whose ranges it overlaps; a range that overlaps none is outside, in the external zones.
 */
public final class EndpointResolver {

    private final Topology topology;
    /** Keyed by the endpoint's text; service ids are keys of their own so that their cached hash is reused. */
    private final Map<String, EndpointScope> serviceScopes = new HashMap<>();
    private final Map<String, EndpointScope> otherScopes = new HashMap<>();
    private final List<Zone> externalZones;
    private final List<Zone> zonesWithServices;

    public EndpointResolver(Topology topology) {
        this.topology = topology;
        this.externalZones = topology.zones().stream().filter(z -> z.role() == ZoneRole.EXTERNAL).toList();
        this.zonesWithServices = topology.zones().stream().filter(z -> !topology.servicesIn(z.id()).isEmpty()).toList();
    }

    public EndpointScope resolve(Endpoint endpoint) {
        if (endpoint instanceof Endpoint.ServiceRef ref) {
            return serviceScopes.computeIfAbsent(ref.id(), id -> compute(endpoint));
        }
        return otherScopes.computeIfAbsent(endpoint.text(), text -> compute(endpoint));
    }

    private EndpointScope compute(Endpoint endpoint) {
        if (endpoint instanceof Endpoint.ServiceRef ref) {
            Service s = topology.service(ref.id());
            Zone z = topology.zoneOf(s);
            return new EndpointScope(List.of(z), List.of(s), z.role() == ZoneRole.EXTERNAL, false);
        }
        if (endpoint instanceof Endpoint.ZoneRef ref) {
            Zone z = topology.zone(ref.id());
            return new EndpointScope(List.of(z), topology.servicesIn(z.id()), z.role() == ZoneRole.EXTERNAL, true);
        }
        if (endpoint instanceof Endpoint.Network net) {
            return network(net.cidr());
        }
        return new EndpointScope(zonesWithServices, topology.services(), false, true);
    }

    /**
     * Zone ranges work as a routing table: an address belongs to the zone with the most specific range
     * that contains it. A network therefore lies in the most specific zone containing it, plus every zone
     * whose range lies inside it. "Anywhere" (0.0.0.0/0, ::/0) is the internet, as in security groups.
     */
    private EndpointScope network(Cidr cidr) {
        List<Zone> zones = new ArrayList<>();
        if (cidr.prefixLength() == 0) {
            zones.addAll(externalZones);
        } else {
            Zone container = null;
            int containerPrefix = -1;
            for (Zone z : topology.zones()) {
                for (Cidr range : z.addresses()) {
                    if (range.contains(cidr) && range.prefixLength() > containerPrefix) {
                        container = z;
                        containerPrefix = range.prefixLength();
                    }
                }
            }
            for (Zone z : topology.zones()) {
                boolean inside = z.addresses().stream().anyMatch(r -> cidr.contains(r) && !r.equals(cidr));
                if (z == container || inside) {
                    zones.add(z);
                }
            }
            if (zones.isEmpty()) {
                zones.addAll(externalZones);
            }
        }
        List<Service> services = new ArrayList<>();
        for (Service s : topology.services()) {
            if (!s.addresses().isEmpty() && s.addresses().stream().allMatch(cidr::contains)) {
                services.add(s);
            }
        }
        boolean outside = zones.stream().allMatch(z -> z.role() == ZoneRole.EXTERNAL);
        return new EndpointScope(zones, services, outside, true);
    }
}
