package io.zonewright.analysis;

import io.zonewright.model.Cidr;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Resolves endpoints to {@link EndpointScope}s, once per distinct endpoint: every service's scope is made
 * up front (they are most endpoints), broader ones on first use.
 */
public final class EndpointResolver {

    /** Below this many connections to resolve, resolving on a second thread costs more than it saves. */
    private static final int PARALLEL_FROM = 4_000;

    private final Topology topology;
    private final Map<String, Integer> serviceIndex;
    private final Map<Zone, Integer> zoneIndex;
    private final EndpointScope[] serviceScopes;
    /**
     * How each service reads in a message, made on first use and kept while the resolver is: after an edit,
     * thousands of blast-radius findings name the same services again. Two threads may make the same text
     * at once; both are equal and either is kept.
     */
    private final String[] described;
    /** Zones, networks and every-service, keyed by the endpoint as written. */
    private final Map<String, EndpointScope> otherScopes = new HashMap<>();
    private final List<Zone> externalZones;
    /** The ranges of the organisation's own zones: what of a network lies outside them is outside. */
    private final RangeCover internalRanges;
    private final List<Zone> zonesWithServices;

    public EndpointResolver(Topology topology) {
        this.topology = topology;
        this.externalZones = topology.zones().stream().filter(z -> z.role() == ZoneRole.EXTERNAL).toList();
        this.internalRanges = RangeCover.of(topology.zones().stream().filter(z -> z.role() != ZoneRole.EXTERNAL)
                .flatMap(z -> z.addresses().stream()).toList());
        this.zonesWithServices = topology.zones().stream().filter(z -> !topology.servicesIn(z.id()).isEmpty()).toList();
        zoneIndex = new IdentityHashMap<>();
        for (int z = 0; z < topology.zones().size(); z++) {
            zoneIndex.put(topology.zones().get(z), z);
        }
        List<Service> services = topology.services();
        serviceIndex = new HashMap<>(services.size() * 2);
        serviceScopes = new EndpointScope[services.size()];
        described = new String[services.size()];
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            serviceIndex.put(s.id(), i);
            serviceScopes[i] = serviceScope(i, s);
        }
    }

    private EndpointScope serviceScope(int i, Service s) {
        Zone z = topology.zoneOf(s);
        return new EndpointScope(i, List.of(z), new int[] {zoneIndex.get(z)}, List.of(s), new int[] {i},
                z.role() == ZoneRole.EXTERNAL, false);
    }

    private EndpointResolver(EndpointResolver before, Topology topology, int[] renamed) {
        this.topology = topology;
        this.externalZones = before.externalZones;
        this.internalRanges = before.internalRanges;
        this.zonesWithServices = before.zonesWithServices;
        this.zoneIndex = before.zoneIndex;
        this.serviceIndex = before.serviceIndex;
        this.serviceScopes = before.serviceScopes.clone();
        this.described = before.described.clone();
        for (int i : renamed) {
            serviceScopes[i] = serviceScope(i, topology.services().get(i));
            described[i] = null;
        }
    }

    /** The service at {@code serviceIndex} as a message names it ({@link AbstractRule#describe(Service)}). */
    public String describe(int serviceIndex) {
        String text = described[serviceIndex];
        if (text == null) {
            text = AbstractRule.describe(topology.services().get(serviceIndex));
            described[serviceIndex] = text;
        }
        return text;
    }

    /**
     * The resolver of {@code topology}, whose services differ from this resolver's only in the names of
     * those at {@code renamed}: ids, zones and positions stand, so only the scopes of the renamed services
     * (a scope holds its services) are made again. Broader scopes start afresh, made on first use, so they
     * are numbered as a new resolver would number them.
     */
    EndpointResolver withRenamed(Topology topology, int[] renamed) {
        return new EndpointResolver(this, topology, renamed);
    }

    /** The index of a service in the topology's service list. */
    public int serviceIndex(String serviceId) {
        return serviceIndex.get(serviceId);
    }

    /** How many distinct endpoints have been resolved so far; scope ids are below this. */
    public int scopeCount() {
        return serviceScopes.length + otherScopes.size();
    }

    /**
     * The zone each broad end lies in (its first, for one that spans several), for the diagram to draw it
     * at that zone's lane. The resolver is made at the first broad end asked for: most designs have few.
     */
    public static java.util.function.Function<Endpoint, String> zoneIds(Topology topology) {
        EndpointResolver[] made = new EndpointResolver[1];
        return endpoint -> {
            if (made[0] == null) {
                made[0] = new EndpointResolver(topology);
            }
            List<Zone> zones = made[0].resolve(endpoint).zones();
            return zones.isEmpty() ? null : zones.get(0).id();
        };
    }

    public EndpointScope resolve(Endpoint endpoint) {
        if (endpoint instanceof Endpoint.ServiceRef ref) {
            return serviceScopes[serviceIndex.get(ref.id())];
        }
        EndpointScope scope = otherScopes.get(endpoint.text());
        if (scope == null) {
            scope = compute(endpoint, scopeCount());
            otherScopes.put(endpoint.text(), scope);
        }
        return scope;
    }

    /**
     * Every connection with its endpoints resolved, taking those of {@code known} (by position) that are not
     * null. When many are to be resolved, the connections between two services, nearly all of them, are
     * resolved in two halves on two threads: looking up tens of thousands of ids is mostly waiting for
     * memory. Connections with a zone, network or every-service endpoint are resolved afterwards in order,
     * since each new such endpoint is numbered as it is first met. The list returned is a view of an array
     * nobody else holds: copying tens of thousands of references once more, after an edit that resolved one
     * connection, cost more than the rest.
     */
    public List<ResolvedConnection> resolveAll(List<Connection> connections, ResolvedConnection[] known) {
        ResolvedConnection[] out = known.clone();
        int unknown = 0;
        for (ResolvedConnection rc : out) {
            unknown += rc == null ? 1 : 0;
        }
        int half = unknown >= PARALLEL_FROM ? out.length / 2 : out.length;
        CompletableFuture<Void> secondHalf = half < out.length
                ? CompletableFuture.runAsync(() -> resolveBetweenServices(connections, out, half, out.length))
                : CompletableFuture.completedFuture(null);
        resolveBetweenServices(connections, out, 0, half);
        secondHalf.join();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                Connection c = connections.get(i);
                out[i] = new ResolvedConnection(c, resolve(c.from()), resolve(c.to()));
            }
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** Resolves the connections in {@code [from, to)} between two services; reads only what the constructor made. */
    private void resolveBetweenServices(List<Connection> connections, ResolvedConnection[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != null) {
                continue;
            }
            Connection c = connections.get(i);
            if (c.from() instanceof Endpoint.ServiceRef source
                    && c.to() instanceof Endpoint.ServiceRef target) {
                out[i] = new ResolvedConnection(c, serviceScopes[serviceIndex.get(source.id())],
                        serviceScopes[serviceIndex.get(target.id())]);
            }
        }
    }

    private EndpointScope compute(Endpoint endpoint, int id) {
        if (endpoint instanceof Endpoint.ZoneRef ref) {
            Zone z = topology.zone(ref.id());
            List<Service> members = topology.servicesIn(z.id());
            return new EndpointScope(id, List.of(z), zoneIndexes(List.of(z)), members, indexes(members),
                    z.role() == ZoneRole.EXTERNAL, true);
        }
        if (endpoint instanceof Endpoint.Network net) {
            return network(net.cidr(), id);
        }
        return new EndpointScope(id, zonesWithServices, zoneIndexes(zonesWithServices), topology.services(),
                indexes(topology.services()), false, true);
    }

    private int[] zoneIndexes(List<Zone> zones) {
        return zones.stream().mapToInt(zoneIndex::get).toArray();
    }

    private int[] indexes(List<Service> services) {
        int[] out = new int[services.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = serviceIndex.get(services.get(i).id());
        }
        return out;
    }

    /**
     * Zone ranges work as a routing table: an address belongs to the zone with the most specific range
     * that contains it. A network therefore lies in the most specific zone containing it, plus every zone
     * whose range lies inside it. "Anywhere" (0.0.0.0/0, ::/0) is the internet, as in security groups.
     * Whether a network is (partly) outside is decided the same way for every rule: it is, as soon as some
     * of its addresses lie in no zone of the organisation (any role but external). So 10.0.0.0/8, of
     * which only 10.0.3.0/24 is the data zone, is a source from outside, as 0.0.0.0/0 is.
     */
    private EndpointScope network(Cidr cidr, int id) {
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
        boolean outside = !internalRanges.covers(cidr);
        if (outside && zones.stream().noneMatch(z -> z.role() == ZoneRole.EXTERNAL)) {
            zones.addAll(externalZones);
        }
        return new EndpointScope(id, zones, zoneIndexes(zones), services, indexes(services), outside, true);
    }
}
