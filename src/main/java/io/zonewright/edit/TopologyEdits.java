package io.zonewright.edit;

import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Authentication;
import io.zonewright.model.Connection;
import io.zonewright.model.Deployment;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Ids;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Waiver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edits an architect makes, as pure functions from one topology to the next. The editor wraps each in
 * an undoable step; tests call them directly.
 */
public final class TopologyEdits {

    private TopologyEdits() {
    }

    /** A fresh id for a new service of a kind: {@code api}, then {@code api-2}, {@code api-3}… */
    public static String freshId(Topology t, String base) {
        String stem = Ids.isValid(base) ? base : "service";
        if (!t.hasElement(stem)) {
            return stem;
        }
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n;
            if (!t.hasElement(candidate)) {
                return candidate;
            }
        }
    }

    public static Topology addService(Topology t, ServiceKind kind, String zone, Position position) {
        String id = freshId(t, kind.yamlName());
        Service s = new Service(id, "", zone, kind, List.of(), List.of(), Deployment.NONE, SourceLocation.UNKNOWN);
        List<Service> services = new ArrayList<>(t.services());
        services.add(s);
        Map<String, Position> layout = new HashMap<>(t.layout());
        layout.put(id, position);
        return with(t, services, t.connections(), t.waivers(), layout);
    }

    /**
     * Moves services to new places, changing their zone when they were dropped on another lane. The boxes of
     * the lanes they leave or enter that had no position of their own are pinned where they are drawn:
     * automatic places are counted along a lane, so otherwise every box after a moved one would shift.
     */
    public static Topology moveServices(Topology t, Map<String, Placement> placements) {
        List<Service> services = new ArrayList<>();
        Set<String> lanes = new HashSet<>();
        for (Service s : t.services()) {
            Placement p = placements.get(s.id());
            services.add(p == null || p.zone().equals(s.zone()) ? s : s.withZone(p.zone()));
            if (p != null) {
                lanes.add(s.zone());
                lanes.add(p.zone());
            }
        }
        Map<String, Position> layout = new HashMap<>(t.layout());
        boolean anyUnplaced = lanes.stream().flatMap(z -> t.servicesIn(z).stream()).anyMatch(s -> !layout.containsKey(s.id()));
        if (anyUnplaced) {
            layout.putAll(DiagramLayout.of(t).autoPlaced(t, lanes));
        }
        placements.forEach((id, p) -> layout.put(id, p.position()));
        return with(t, services, t.connections(), t.waivers(), layout);
    }

    /** Copies services (as pasted): fresh ids, the same zone, each at its given position. */
    public static Topology addCopies(Topology t, List<Service> originals, Map<String, Position> positions) {
        List<Service> services = new ArrayList<>(t.services());
        Map<String, Position> layout = new HashMap<>(t.layout());
        Topology growing = t;
        for (Service original : originals) {
            String id = freshId(growing, original.id());
            Service copy = new Service(id, original.name(), original.zone(), original.kind(), original.listens(),
                    List.of(), original.deployment(), SourceLocation.UNKNOWN);
            services.add(copy);
            layout.put(id, positions.get(original.id()));
            growing = with(t, services, t.connections(), t.waivers(), layout);
        }
        return growing;
    }

    /** Allows a zone crossing on the given ports (none: any port), or denies it. */
    public static Topology setCrossing(Topology t, String fromZone, String toZone, boolean allowed, List<PortSpec> ports) {
        List<PolicyRule> policy = new ArrayList<>(t.policy().stream()
                .filter(p -> !(p.from().equals(fromZone) && p.to().equals(toZone))).toList());
        if (allowed) {
            policy.add(new PolicyRule(fromZone, toZone, ports, SourceLocation.UNKNOWN));
        }
        return new Topology(t.name(), t.description(), t.zones(), t.services(), t.connections(), policy, t.waivers(), t.layout());
    }

    /** Where a service goes: its zone and its position inside that zone's lane. */
    public record Placement(String zone, Position position) {
    }

    /** Adds a connection from one service to another on the port the destination listens on (or 443/tcp). */
    public static Topology connect(Topology t, String fromId, String toId) {
        return connect(t, fromId, new Endpoint.ServiceRef(toId));
    }

    /**
     * A new connection from a service to an end: a service (on the first port it listens on), a whole zone or
     * every service (on 443 until the user says otherwise). The same connection twice is one.
     */
    public static Topology connect(Topology t, String fromId, Endpoint target) {
        Service to = target instanceof Endpoint.ServiceRef ref ? t.service(ref.id()) : null;
        PortSpec port = to == null || to.listens().isEmpty() ? PortSpec.tcp(443) : to.listens().get(0);
        Endpoint from = new Endpoint.ServiceRef(fromId);
        String id = Connection.derivedId(from, target, port);
        if (t.connection(id) != null) {
            return t;
        }
        List<Connection> connections = new ArrayList<>(t.connections());
        connections.add(new Connection("", from, target, port, "", Authentication.NONE, List.of(), SourceLocation.UNKNOWN));
        return with(t, t.services(), connections, t.waivers(), t.layout());
    }

    /**
     * Puts {@code replacement} in place of the connection {@code id}. Refused when the replacement's id
     * (derived from its flow, or its own) is another connection's: the design would list it twice.
     */
    public static Topology replaceConnection(Topology t, String id, Connection replacement) {
        if (!replacement.id().equals(id) && t.connection(replacement.id()) != null) {
            throw new EditRefusedException("the connection " + replacement.id() + " exists already"
                    + (replacement.hasDerivedId() ? ": the same flow on the same port is listed once" : ""));
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection c : t.connections()) {
            connections.add(c.id().equals(id) ? replacement : c);
        }
        List<Waiver> waivers = retarget(t.waivers(), id, replacement.id());
        return with(t, t.services(), connections, waivers, t.layout());
    }

    public static Topology replaceService(Topology t, String id, Service replacement) {
        List<Service> services = new ArrayList<>();
        for (Service s : t.services()) {
            services.add(s.id().equals(id) ? replacement : s);
        }
        return with(t, services, t.connections(), t.waivers(), t.layout());
    }

    /** Removes services and connections; a removed service takes its connections and layout with it. */
    public static Topology remove(Topology t, Collection<String> ids) {
        Set<String> gone = new HashSet<>(ids);
        boolean servicesGo = gone.stream().anyMatch(id -> t.service(id) != null);
        // Removing only connections leaves the services list shared, and no endpoint needs reading.
        List<Service> services = servicesGo
                ? t.services().stream().filter(s -> !gone.contains(s.id())).toList() : t.services();
        Set<String> removed = new HashSet<>(gone);
        List<Connection> connections = new ArrayList<>(t.connections().size());
        for (Connection c : t.connections()) {
            if (gone.contains(c.id()) || servicesGo && (gone.contains(c.from().text()) || gone.contains(c.to().text()))) {
                removed.add(c.id());
            } else {
                connections.add(c);
            }
        }
        // A waiver goes with its element; the lists stay shared when nothing of them went, so that an
        // analysis after the edit sees the same waivers and layout.
        List<Waiver> waivers = t.waivers().stream().filter(w -> !removed.contains(w.target())).toList();
        if (waivers.size() == t.waivers().size()) {
            waivers = t.waivers();
        }
        Map<String, Position> layout = t.layout();
        if (removed.stream().anyMatch(layout::containsKey)) {
            layout = new HashMap<>(layout);
            layout.keySet().removeAll(removed);
        }
        return with(t, services, connections, waivers, layout);
    }

    public static Topology addWaiver(Topology t, Waiver waiver) {
        List<Waiver> waivers = new ArrayList<>(t.waivers());
        waivers.add(waiver);
        return with(t, t.services(), t.connections(), waivers, t.layout());
    }

    private static List<Waiver> retarget(List<Waiver> waivers, String from, String to) {
        if (from.equals(to)) {
            return waivers;
        }
        return waivers.stream().map(w -> w.target().equals(from)
                ? new Waiver(w.rule(), to, w.reason(), w.owner(), w.expires(), w.location()) : w).toList();
    }

    private static Topology with(Topology t, List<Service> services, List<Connection> connections, List<Waiver> waivers,
                                 Map<String, Position> layout) {
        return new Topology(t.name(), t.description(), t.zones(), services, connections, t.policy(), waivers, layout);
    }
}
