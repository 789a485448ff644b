package io.zonewright.compare;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.analysis.BlastRadius;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.TopologyGraph;
import io.zonewright.export.docs.ConnectionTable;
import io.zonewright.flows.Flow;
import io.zonewright.flows.FlowEnd;
import io.zonewright.flows.Flows;
import io.zonewright.model.AddressSet;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortSet;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a change to a design does, for a review: the elements added, removed and changed (a connection
 * widened or narrowed), what may now flow that could not before and what no longer may (the comparison the
 * audit makes, between the two versions' flows), how far each service's compromise now reaches, and the
 * findings the change introduces and resolves.
 * Ids are stable, so a rename is told from a removal and an addition.
 */
public record DesignDiff(List<Change> changes, List<ConnectionChange> connections, List<Drift> flows, List<Finding> introduced,
                         List<Finding> resolved) {

    /** An element that changed: {@code element} is zone, service, connection, policy, waiver or reach. */
    public record Change(String element, Kind kind, String id, String text) {
    }

    /** A connection that changed, as the article's table writes it (as it is now; as it was, when removed). */
    public record ConnectionChange(Kind kind, ConnectionTable.Row row) {
    }

    public enum Kind { ADDED, REMOVED, RENAMED, MOVED, WIDENED, NARROWED, CHANGED }

    public boolean isEmpty() {
        return changes.isEmpty() && flows.isEmpty() && introduced.isEmpty() && resolved.isEmpty();
    }

    public static DesignDiff of(Topology old, Topology now, AnalysisOptions options) {
        List<Change> changes = new ArrayList<>();
        zones(old, now, changes);
        services(old, now, changes);
        Flows oldFlows = Flows.of(old);
        Flows nowFlows = Flows.of(now);
        connections(old, now, byId(oldFlows), byId(nowFlows), changes);
        policy(old, now, changes);
        elements(old.waivers(), now.waivers(), w -> w.rule() + " " + w.target(), "waiver", changes);
        reach(old, now, options, changes);
        List<Drift> flows = Comparison.of(grants(old), grants(now));
        List<ConnectionChange> rows = rows(changes, byId(oldFlows), byId(nowFlows));
        List<Finding> before = Analyzer.analyze(old, options).findings();
        List<Finding> after = Analyzer.analyze(now, options).findings();
        Set<String> beforeKeys = before.stream().map(DesignDiff::key).collect(Collectors.toSet());
        Set<String> afterKeys = after.stream().map(DesignDiff::key).collect(Collectors.toSet());
        return new DesignDiff(changes, rows, flows, after.stream().filter(f -> !beforeKeys.contains(key(f))).toList(),
                before.stream().filter(f -> !afterKeys.contains(key(f))).toList());
    }

    /**
     * For each service in both versions, the services its compromise reaches that it did not before (the
     * data zone's named first), and those it no longer reaches: the blast radius as the analysis computes it.
     */
    private static void reach(Topology old, Topology now, AnalysisOptions options, List<Change> out) {
        Map<String, Set<String>> before = radii(old, options);
        Map<String, Set<String>> after = radii(now, options);
        for (Service s : now.services()) {
            Set<String> was = before.get(s.id());
            Set<String> is = after.getOrDefault(s.id(), Set.of());
            if (was == null) {
                continue;
            }
            List<String> gained = is.stream().filter(id -> !was.contains(id)).sorted(dataFirst(now)).toList();
            List<String> lost = was.stream().filter(id -> !is.contains(id)).sorted().toList();
            if (!gained.isEmpty()) {
                long data = gained.stream().filter(id -> inData(now, id)).count();
                out.add(new Change("reach", Kind.WIDENED, s.id(), "a compromise now reaches " + gained.size() + " more ("
                        + (data == 0 ? "" : data + " in the data zone: ") + String.join(", ", gained) + ")"));
            }
            if (!lost.isEmpty()) {
                out.add(new Change("reach", Kind.NARROWED, s.id(), "a compromise no longer reaches " + String.join(", ", lost)));
            }
        }
    }

    private static Comparator<String> dataFirst(Topology t) {
        return Comparator.comparing((String id) -> !inData(t, id)).thenComparing(id -> id);
    }

    private static boolean inData(Topology t, String id) {
        Service s = t.service(id);
        return s != null && t.zone(s.zone()) != null && t.zone(s.zone()).role() == ZoneRole.DATA;
    }

    /** What each service's compromise reaches, by id. */
    private static Map<String, Set<String>> radii(Topology t, AnalysisOptions options) {
        TopologyGraph g = new AnalysisContext(t, options).graph();
        Map<String, Set<String>> out = new HashMap<>();
        BlastRadius.compute(g, component -> {
            for (int m = component.members().nextSetBit(0); m >= 0; m = component.members().nextSetBit(m + 1)) {
                BitSet radius = component.radiusOf(m);
                Set<String> reached = new HashSet<>();
                radius.stream().forEach(v -> reached.add(g.label(v)));
                out.put(g.label(m), reached);
            }
        });
        return out;
    }

    /** The connection changes as rows of the article's table. */
    private static List<ConnectionChange> rows(List<Change> changes, Map<String, Flow> before, Map<String, Flow> after) {
        List<ConnectionChange> out = new ArrayList<>();
        for (Change c : changes) {
            if (c.element().equals("connection")) {
                Flow f = c.kind() == Kind.REMOVED ? before.get(c.id()) : after.get(c.id());
                out.add(new ConnectionChange(c.kind(), ConnectionTable.row(f)));
            }
        }
        return out;
    }

    /** A finding is the same across versions when it is of the same rule on the same elements, whatever its words. */
    private static String key(Finding f) {
        return f.rule() + "\n" + f.target() + "\n" + f.elements() + "\n" + f.path();
    }

    private static void zones(Topology old, Topology now, List<Change> out) {
        elements(old.zones(), now.zones(), Zone::id, "zone", out);
        for (Zone z : now.zones()) {
            Zone was = old.zone(z.id());
            if (was == null) {
                continue;
            }
            if (!was.displayName().equals(z.displayName())) {
                out.add(new Change("zone", Kind.RENAMED, z.id(), was.displayName() + " -> " + z.displayName()));
            }
            if (was.role() != z.role() || was.trust() != z.trust() || !was.addresses().equals(z.addresses())) {
                out.add(new Change("zone", Kind.CHANGED, z.id(), "role " + z.role().yamlName() + ", trust " + z.trust()
                        + ", addresses " + z.addresses()));
            }
        }
    }

    private static void services(Topology old, Topology now, List<Change> out) {
        elements(old.services(), now.services(), Service::id, "service", out);
        for (Service s : now.services()) {
            Service was = old.service(s.id());
            if (was == null) {
                continue;
            }
            if (!was.displayName().equals(s.displayName())) {
                out.add(new Change("service", Kind.RENAMED, s.id(), was.displayName() + " -> " + s.displayName()));
            }
            if (!was.zone().equals(s.zone())) {
                out.add(new Change("service", Kind.MOVED, s.id(), "zone " + was.zone() + " -> " + s.zone()));
            }
            if (!was.listens().equals(s.listens()) || !was.addresses().equals(s.addresses()) || was.kind() != s.kind()) {
                out.add(new Change("service", Kind.CHANGED, s.id(), "kind " + s.kind().yamlName() + ", listens " + s.listens()
                        + ", addresses " + s.addresses()));
            }
        }
    }

    /**
     * Connections by id; a connection whose derived id changed with its port is the same connection, found
     * by its ends. Wider ports, or authentication dropped, widen it.
     */
    private static Map<String, Flow> byId(Flows flows) {
        Map<String, Flow> out = new HashMap<>();
        flows.all().forEach(f -> out.put(f.id(), f));
        return out;
    }

    private static void connections(Topology old, Topology now, Map<String, Flow> before, Map<String, Flow> after,
                                    List<Change> out) {
        Map<String, Connection> removed = new LinkedHashMap<>();
        old.connections().stream().filter(c -> now.connection(c.id()) == null).forEach(c -> removed.put(c.id(), c));
        for (Connection c : now.connections()) {
            Connection was = old.connection(c.id());
            if (was == null && c.hasDerivedId()) {
                was = removed.values().stream().filter(r -> r.hasDerivedId() && r.from().equals(c.from()) && r.to().equals(c.to()))
                        .findFirst().orElse(null);
                if (was != null) {
                    removed.remove(was.id());
                }
            }
            if (was == null) {
                out.add(new Change("connection", Kind.ADDED, c.id(), describe(c)));
            } else if (!was.equals(withLocation(c, was))) {
                String purpose = was.purpose().equals(c.purpose()) ? "" : "; purpose '" + was.purpose() + "' -> '" + c.purpose() + "'";
                out.add(new Change("connection", compare(was, c, before.get(was.id()), after.get(c.id())), c.id(), describe(was) + " -> " + describe(c) + purpose));
            }
        }
        removed.values().forEach(c -> out.add(new Change("connection", Kind.REMOVED, c.id(), describe(c))));
    }

    private static Connection withLocation(Connection c, Connection as) {
        return new Connection(as.id(), c.from(), c.to(), c.port(), c.purpose(), c.auth(), c.tags(), as.location());
    }

    /**
     * Widened when the connection now covers all it covered (ends, as the analysis resolves them, and ports)
     * and more, or lost its authentication; narrowed the other way round; changed otherwise.
     */
    private static Kind compare(Connection was, Connection c, Flow before, Flow after) {
        PortSet portsBefore = PortSet.of(was.port());
        PortSet portsAfter = PortSet.of(c.port());
        boolean authDropped = was.auth().isAuthenticated() && !c.auth().isAuthenticated();
        boolean authAdded = !was.auth().isAuthenticated() && c.auth().isAuthenticated();
        boolean wider = covers(after.from(), before.from()) && covers(after.to(), before.to()) && portsAfter.containsAll(portsBefore);
        boolean narrower = covers(before.from(), after.from()) && covers(before.to(), after.to()) && portsBefore.containsAll(portsAfter);
        if (wider && narrower) {
            return authDropped ? Kind.WIDENED : authAdded ? Kind.NARROWED : Kind.CHANGED;
        }
        if (wider && !authAdded) {
            return Kind.WIDENED;
        }
        return narrower && !authDropped ? Kind.NARROWED : Kind.CHANGED;
    }

    /** Whether an end reaches every service and address another does. */
    private static boolean covers(FlowEnd end, FlowEnd other) {
        // By id: the two versions' services are different objects, read from different lines.
        Set<String> ids = end.services().stream().map(Service::id).collect(Collectors.toSet());
        return other.services().stream().allMatch(s -> ids.contains(s.id()))
                && AddressSet.of(end.addresses().all()).containsAll(AddressSet.of(other.addresses().all()));
    }

    private static String describe(Connection c) {
        return c.from().text() + " -> " + c.to().text() + " " + c.port() + " (auth " + c.auth().yamlName() + ")";
    }

    private static void policy(Topology old, Topology now, List<Change> out) {
        Map<String, PolicyRule> before = byCrossing(old.policy());
        Map<String, PolicyRule> after = byCrossing(now.policy());
        after.forEach((crossing, rule) -> {
            PolicyRule was = before.get(crossing);
            if (was == null) {
                out.add(new Change("policy", Kind.ADDED, crossing, ports(rule)));
            } else if (!was.ports().equals(rule.ports())) {
                boolean wider = rule.ports().isEmpty() || !was.ports().isEmpty() && rule.ports().containsAll(was.ports());
                out.add(new Change("policy", wider ? Kind.WIDENED : Kind.CHANGED, crossing, ports(was) + " -> " + ports(rule)));
            }
        });
        before.forEach((crossing, rule) -> {
            if (!after.containsKey(crossing)) {
                out.add(new Change("policy", Kind.REMOVED, crossing, ports(rule)));
            }
        });
    }

    private static Map<String, PolicyRule> byCrossing(List<PolicyRule> rules) {
        Map<String, PolicyRule> out = new LinkedHashMap<>();
        rules.forEach(r -> out.put(r.from() + " -> " + r.to(), r));
        return out;
    }

    private static String ports(PolicyRule rule) {
        return rule.ports().isEmpty() ? "any port" : rule.ports().toString();
    }

    private static <T> void elements(List<T> old, List<T> now, Function<T, String> id, String element, List<Change> out) {
        Set<String> before = old.stream().map(id).collect(Collectors.toSet());
        Set<String> after = now.stream().map(id).collect(Collectors.toSet());
        now.stream().map(id).filter(i -> !before.contains(i)).forEach(i -> out.add(new Change(element, Kind.ADDED, i, "")));
        old.stream().map(id).filter(i -> !after.contains(i)).forEach(i -> out.add(new Change(element, Kind.REMOVED, i, "")));
    }

    /**
     * What a version of a design allows, party by party: services by id, and the addresses of ends that
     * are ranges or external zones, as the audit reads a deployment.
     */
    static List<Grant> grants(Topology design) {
        List<Grant> out = new ArrayList<>();
        for (Flow f : Flows.of(design).all()) {
            PortSet ports = PortSet.of(f.port());
            Cause cause = Cause.of(f);
            for (Party from : parties(design, f.from())) {
                for (Party to : parties(design, f.to())) {
                    if (!Objects.equals(from, to)) {
                        out.add(new Grant(from, to, ports, cause));
                    }
                }
            }
        }
        return out;
    }

    private static List<Party> parties(Topology design, FlowEnd end) {
        List<Party> out = new ArrayList<>();
        end.services().forEach(s -> out.add(new Party.Named(s.id(), s.id())));
        boolean ranges = end.endpoint() instanceof Endpoint.Network || end.endpoint() instanceof Endpoint.ZoneRef z
                && design.zone(z.id()) != null && design.zone(z.id()).role() == ZoneRole.EXTERNAL;
        if (ranges && !end.addresses().isEmpty()) {
            out.add(new Party.Addresses(AddressSet.of(end.addresses().all())));
        }
        return out;
    }
}
