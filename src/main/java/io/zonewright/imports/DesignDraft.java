package io.zonewright.imports;

import io.zonewright.model.Authentication;
import io.zonewright.model.Cidr;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Ids;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Service;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A design being made from what is deployed: zones, services and connections are added as found, ids are
 * made valid and unique, and the zone policy is made last from the crossings the connections need.
 */
final class DesignDraft {

    /** What every imported connection says of itself: it was read, not designed. */
    static final String PURPOSE = "imported";

    private final Map<String, Zone> zones = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Set<Connection> connections = new LinkedHashSet<>();
    private final Set<String> ids = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    /** Adds a zone, unless one of that id is there; returns the id. */
    String zone(String id, String name, String description, ZoneRole role, List<Cidr> addresses) {
        zones.computeIfAbsent(id, z -> new Zone(id, name, description, role, trust(role), addresses, SourceLocation.UNKNOWN));
        ids.add(id);
        return id;
    }

    boolean hasZone(String id) {
        return zones.containsKey(id);
    }

    Zone zoneOf(String serviceId) {
        return zones.get(services.get(serviceId).zone());
    }

    void service(Service service) {
        services.put(service.id(), service);
        ids.add(service.id());
    }

    void connect(Endpoint from, Endpoint to, PortSpec port) {
        connections.add(new Connection("", from, to, port, PURPOSE, Authentication.NONE, List.of(), SourceLocation.UNKNOWN));
    }

    void note(String note) {
        notes.add(note);
    }

    List<String> notes() {
        return notes;
    }

    /**
     * An id for {@code wanted} that no element of the draft has: folded into the id alphabet, prefixed when it
     * starts with a digit, shortened (with a checksum, so that two long names stay apart) when too long.
     */
    String freshId(String wanted, String prefix) {
        String folded = wanted.replaceAll("[^A-Za-z0-9._-]", "-");
        String id = folded.isEmpty() || !Character.isLetter(folded.charAt(0)) ? prefix + folded : folded;
        if (id.length() > 63) {
            CRC32 crc = new CRC32();
            crc.update(wanted.getBytes(StandardCharsets.UTF_8));
            id = id.substring(0, 54) + "-" + String.format("%08x", crc.getValue());
        }
        String unique = id;
        for (int n = 2; ids.contains(unique); n++) {
            String suffix = "-" + n;
            unique = id.substring(0, Math.min(id.length(), 63 - suffix.length())) + suffix;
        }
        Ids.check(unique);
        return unique;
    }

    /** The design: the zone policy allows each crossing on the ports its connections use, nothing more. */
    Topology toTopology(String name, String description) {
        Map<String, Set<PortSpec>> crossings = new TreeMap<>();
        for (Connection c : connections) {
            for (String from : zonesOf(c.from())) {
                for (String to : zonesOf(c.to())) {
                    if (!from.equals(to)) {
                        crossings.computeIfAbsent(from + "\n" + to, k -> new LinkedHashSet<>()).add(c.port());
                    }
                }
            }
        }
        List<PolicyRule> policy = new ArrayList<>();
        crossings.forEach((pair, ports) -> {
            String[] ends = pair.split("\n");
            List<PortSpec> list = ports.contains(PortSpec.ANY) ? List.of(PortSpec.ANY) : List.copyOf(ports);
            policy.add(new PolicyRule(ends[0], ends[1], list, SourceLocation.UNKNOWN));
        });
        return new Topology(name, description, List.copyOf(zones.values()), List.copyOf(services.values()),
                List.copyOf(connections), policy, List.of(), Map.of());
    }

    /** The zones an end stands in, as the analysis resolves it: a network is in the zones whose ranges hold it. */
    private List<String> zonesOf(Endpoint end) {
        if (end instanceof Endpoint.ServiceRef s) {
            return List.of(services.get(s.id()).zone());
        }
        if (end instanceof Endpoint.ZoneRef z) {
            return List.of(z.id());
        }
        if (end instanceof Endpoint.Network n) {
            return zones.values().stream().filter(z -> z.addresses().stream().anyMatch(a -> a.contains(n.cidr())))
                    .map(Zone::id).toList();
        }
        return services.values().stream().map(Service::zone).distinct().toList();
    }

    private static int trust(ZoneRole role) {
        return switch (role) {
            case EXTERNAL -> 0;
            case PUBLIC -> 10;
            case APPLICATION -> 20;
            case CUSTOM -> 25;
            case DATA -> 30;
            case MANAGEMENT -> 40;
        };
    }
}
