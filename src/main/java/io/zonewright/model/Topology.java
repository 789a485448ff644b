package io.zonewright.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A whole design: zones, services, allowed connections, the zone policy and waivers, plus the editor's
 * layout. Immutable; its lists are kept in canonical order (zones by trust, services by zone then id,
 * connections by endpoints then port) so that every output built from it is deterministic.
 */
public final class Topology {

    public static final int FORMAT_VERSION = 1;

    private static final Comparator<Zone> ZONE_ORDER = Comparator.comparingInt(Zone::trust).thenComparing(Zone::id);
    private static final Comparator<Connection> CONNECTION_ORDER = Comparator.comparing(Connection::from, Endpoint.ORDER)
            .thenComparing(Connection::to, Endpoint.ORDER).thenComparing(Connection::port).thenComparing(Connection::id);
    private static final Comparator<PolicyRule> POLICY_ORDER = Comparator.comparing(PolicyRule::from).thenComparing(PolicyRule::to);
    private static final Comparator<Waiver> WAIVER_ORDER = Comparator.comparing(Waiver::rule).thenComparing(Waiver::target)
            .thenComparing(Waiver::expires);

    private final String name;
    private final String description;
    private final List<Zone> zones;
    private final List<Service> services;
    private final CanonicalList<Connection> connections;
    private final List<PolicyRule> policy;
    private final List<Waiver> waivers;
    private final SortedMap<String, Position> layout;
    private final Map<String, Zone> zonesById = new HashMap<>();
    private final Map<String, Service> servicesById = new HashMap<>();
    private final Map<String, List<Service>> servicesByZone = new LinkedHashMap<>();

    public Topology(String name, String description, List<Zone> zones, List<Service> services,
                    List<Connection> connections, List<PolicyRule> policy, List<Waiver> waivers,
                    Map<String, Position> layout) {
        this.name = name;
        this.description = description;
        this.zones = sorted(zones, ZONE_ORDER);
        zones.forEach(z -> zonesById.putIfAbsent(z.id(), z));
        Map<String, Integer> zoneOrder = new HashMap<>();
        for (int i = 0; i < this.zones.size(); i++) {
            zoneOrder.putIfAbsent(this.zones.get(i).id(), i);
        }
        // The services' order is made from the zones' list: a services list sorted against the same zones
        // list is in this order too.
        this.services = sorted(services, Comparator
                .<Service>comparingInt(s -> zoneOrder.getOrDefault(s.zone(), Integer.MAX_VALUE))
                .thenComparing(Service::zone).thenComparing(Service::id), this.zones);
        this.connections = sorted(connections, CONNECTION_ORDER);
        this.policy = sorted(policy, POLICY_ORDER);
        this.waivers = sorted(waivers, WAIVER_ORDER);
        this.layout = Collections.unmodifiableSortedMap(new TreeMap<>(layout));
        this.zones.forEach(z -> servicesByZone.put(z.id(), new ArrayList<>()));
        for (Service s : this.services) {
            servicesById.putIfAbsent(s.id(), s);
            servicesByZone.computeIfAbsent(s.zone(), z -> new ArrayList<>()).add(s);
        }
    }

    /**
     * The items in canonical order. A list this class sorted before by the same order is taken as it is, so
     * that an edit of one part of a design shares the other parts with the design before it (the editor
     * relies on that to redraw only what changed).
     */
    private static <T> CanonicalList<T> sorted(List<T> items, Comparator<? super T> order) {
        return sorted(items, order, order);
    }

    /** As {@link #sorted(List, Comparator)}, for an order that {@code sortedBy} stands for. */
    private static <T> CanonicalList<T> sorted(List<T> items, Comparator<? super T> order, Object sortedBy) {
        if (items instanceof CanonicalList<T> canonical && canonical.sortedBy == sortedBy) {
            return canonical;
        }
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return new CanonicalList<>(copy, sortedBy);
    }

    /**
     * An unmodifiable list that remembers the order it was sorted by, and indexes its items by id when first
     * asked: a design edit shares the list, and so the index, when it leaves the items alone, and builds
     * no index (tens of thousands of entries, on the user-interface thread) that nobody asks for.
     */
    private static final class CanonicalList<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> items;
        /** What identifies the order the items are in: the comparator, or what it was made from. */
        private final Object sortedBy;
        /** Built once, then only read; two threads building it at once build equal ones. */
        private volatile Map<String, T> byId;

        CanonicalList(List<T> items, Object sortedBy) {
            this.items = items;
            this.sortedBy = sortedBy;
        }

        @Override
        public T get(int index) {
            return items.get(index);
        }

        /** The first item with this id, or null. */
        T byId(String id, Function<T, String> idOf) {
            Map<String, T> index = byId;
            if (index == null) {
                Map<String, T> built = new HashMap<>(items.size() * 2);
                items.forEach(item -> built.putIfAbsent(idOf.apply(item), item));
                index = built;
                byId = index;
            }
            return index.get(id);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    /** The canonical order of connections: by source, destination, port, then id. */
    public static Comparator<Connection> connectionOrder() {
        return CONNECTION_ORDER;
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
        return connections.byId(id, Connection::id);
    }

    /** The policy rule that allows crossing from one zone into another, or null when none does. */
    public PolicyRule policyRule(String fromZone, String toZone) {
        for (PolicyRule p : policy) {
            if (p.from().equals(fromZone) && p.to().equals(toZone)) {
                return p;
            }
        }
        return null;
    }

    /** The zone a service lives in, or null when the service names an unknown zone. */
    public Zone zoneOf(Service service) {
        return zonesById.get(service.zone());
    }

    public List<Service> servicesIn(String zoneId) {
        return Collections.unmodifiableList(servicesByZone.getOrDefault(zoneId, List.of()));
    }

    /**
     * Whether this design and {@code other} differ at most in their layout, judged by sharing the same
     * elements. Cheap, since an edit shares every untouched element with the design before it; used to
     * skip analysing a design again when only boxes were moved.
     */
    public boolean sameDesignAs(Topology other) {
        return zones == other.zones && connections == other.connections && policy == other.policy
                && waivers == other.waivers && sameElements(services, other.services)
                && name.equals(other.name) && description.equals(other.description);
    }

    /** Whether both designs hold the same service objects: an edit elsewhere leaves them shared. */
    public boolean sameServicesAs(Topology other) {
        return sameElements(services, other.services);
    }

    private static <T> boolean sameElements(List<T> a, List<T> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code id} names a zone, a service or a connection: what a waiver may target. */
    public boolean hasElement(String id) {
        return zonesById.containsKey(id) || servicesById.containsKey(id) || connection(id) != null;
    }
}
