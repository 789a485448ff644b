package io.zonewright.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A whole design: zones, services, allowed connections, the zone policy and waivers, plus the editor's
 * layout. Immutable; its lists are kept in canonical order (zones by trust, services by zone then id,
 * connections by endpoints then port) so that every output built from it is deterministic.
 */
public final class Topology {

    public static final int FORMAT_VERSION = 1;

    private final String name;
    private final String description;
    private final List<Zone> zones;
    private final List<Service> services;
    private final List<Connection> connections;
    private final List<PolicyRule> policy;
    private final List<Waiver> waivers;
    private final SortedMap<String, Position> layout;
    private final Map<String, Zone> zonesById = new HashMap<>();
    private final Map<String, Service> servicesById = new HashMap<>();
    private final Map<String, Connection> connectionsById = new HashMap<>();
    private final Map<String, List<Service>> servicesByZone = new LinkedHashMap<>();

    public Topology(String name, String description, List<Zone> zones, List<Service> services,
                    List<Connection> connections, List<PolicyRule> policy, List<Waiver> waivers,
                    Map<String, Position> layout) {
        this.name = name;
        this.description = description;
        this.zones = sorted(zones, Comparator.comparingInt(Zone::trust).thenComparing(Zone::id));
        zones.forEach(z -> zonesById.putIfAbsent(z.id(), z));
        Map<String, Integer> zoneOrder = new HashMap<>();
        for (int i = 0; i < this.zones.size(); i++) {
            zoneOrder.putIfAbsent(this.zones.get(i).id(), i);
        }
        this.services = sorted(services, Comparator
                .<Service>comparingInt(s -> zoneOrder.getOrDefault(s.zone(), Integer.MAX_VALUE))
                .thenComparing(Service::zone).thenComparing(Service::id));
        this.connections = sorted(connections, Comparator.comparing(Connection::from, Endpoint.ORDER).thenComparing(Connection::to, Endpoint.ORDER)
                .thenComparing(Connection::port).thenComparing(Connection::id));
        this.policy = sorted(policy, Comparator.comparing(PolicyRule::from).thenComparing(PolicyRule::to));
        this.waivers = sorted(waivers, Comparator.comparing(Waiver::rule).thenComparing(Waiver::target)
                .thenComparing(Waiver::expires));
        this.layout = Collections.unmodifiableSortedMap(new TreeMap<>(layout));
        this.zones.forEach(z -> servicesByZone.put(z.id(), new ArrayList<>()));
        for (Service s : this.services) {
            servicesById.putIfAbsent(s.id(), s);
            servicesByZone.computeIfAbsent(s.zone(), z -> new ArrayList<>()).add(s);
        }
        this.connections.forEach(c -> connectionsById.putIfAbsent(c.id(), c));
    }

    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return Collections.unmodifiableList(copy);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Zone> zones() {
        return zones;
    }

    public List<Service> services() {
        return services;
    }

    public List<Connection> connections() {
        return connections;
    }

    public List<PolicyRule> policy() {
        return policy;
    }

    public List<Waiver> waivers() {
        return waivers;
    }

    public SortedMap<String, Position> layout() {
        return layout;
    }

    /** The zone with this id, or null. */
    public Zone zone(String id) {
        return zonesById.get(id);
    }

    /** The service with this id, or null. */
    public Service service(String id) {
        return servicesById.get(id);
    }

    /** The connection with this id, or null. */
    public Connection connection(String id) {
        return connectionsById.get(id);
    }

    /** The zone a service lives in, or null when the service names an unknown zone. */
    public Zone zoneOf(Service service) {
        return zonesById.get(service.zone());
    }

    public List<Service> servicesIn(String zoneId) {
        return Collections.unmodifiableList(servicesByZone.getOrDefault(zoneId, List.of()));
    }

    /** Whether {@code id} names a zone, a service or a connection: what a waiver may target. */
    public boolean hasElement(String id) {
        return zonesById.containsKey(id) || servicesById.containsKey(id) || connectionsById.containsKey(id);
    }
}
