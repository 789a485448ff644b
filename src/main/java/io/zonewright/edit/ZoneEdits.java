package io.zonewright.edit;

import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PolicyRule;
import io.zonewright.model.Service;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The edits of a design's zones, as pure functions from one topology to the next: add, change (name, role,
 * trust, addresses), move up or down the trust order, delete. A zone's id stays what it is, since
 * connections, the zone policy and waivers name it.
 */
public final class ZoneEdits {

    /** Trust between a new zone and its neighbour, so that one can later go between them. */
    static final int TRUST_STEP = 10;

    private ZoneEdits() {
    }

    /** A new zone of a role, trusted above every other (its lane at the bottom), named after the role. */
    public static Topology add(Topology t, ZoneRole role) {
        String id = TopologyEdits.freshId(t, role.yamlName());
        int trust = t.zones().stream().mapToInt(Zone::trust).max().orElse(0) + TRUST_STEP;
        String name = role.yamlName().substring(0, 1).toUpperCase(Locale.ROOT) + role.yamlName().substring(1);
        List<Zone> zones = new ArrayList<>(t.zones());
        zones.add(new Zone(id, name, "", role, trust, List.of(), SourceLocation.UNKNOWN));
        return withZones(t, zones, t.services(), t.policy());
    }

    /** A zone changed in anything but its id. */
    public static Topology replace(Topology t, String id, Zone replacement) {
        if (!replacement.id().equals(id)) {
            throw new EditRefusedException("a zone keeps its id: connections, the zone policy and waivers name it");
        }
        List<Zone> zones = new ArrayList<>();
        for (Zone z : t.zones()) {
            zones.add(z.id().equals(id) ? replacement : z);
        }
        return withZones(t, zones, t.services(), t.policy());
    }

    /**
     * Moves a zone one place along the trust order ({@code by} -1 towards the outside, +1 inwards): it
     * swaps trust with its neighbour, so the lanes swap and the zone policy keeps meaning the same zones.
     */
    public static Topology move(Topology t, String id, int by) {
        List<Zone> zones = t.zones();
        int at = indexOf(zones, id);
        int other = at + Integer.signum(by);
        if (other < 0 || other >= zones.size()) {
            throw new EditRefusedException("the zone is already the " + (by < 0 ? "first" : "last"));
        }
        Zone a = zones.get(at);
        Zone b = zones.get(other);
        // Equal trust would leave the order to the ids: the two then get distinct values.
        int aTrust = b.trust() == a.trust() ? a.trust() + Integer.signum(by) : b.trust();
        List<Zone> next = new ArrayList<>(zones);
        next.set(at, withTrust(a, aTrust));
        next.set(other, withTrust(b, a.trust()));
        return withZones(t, next, t.services(), t.policy());
    }

    /**
     * Moves a zone to {@code index} in the trust order, as many single moves would: it takes the trust of
     * each zone it passes, and they step back by one place each.
     */
    public static Topology moveTo(Topology t, String id, int index) {
        int at = indexOf(t.zones(), id);
        int to = Math.max(0, Math.min(index, t.zones().size() - 1));
        Topology out = t;
        for (int step = at; step != to; step += Integer.signum(to - at)) {
            out = move(out, id, to - at);
        }
        return out;
    }

    /**
     * Deletes a zone. Its services move into {@code moveTo} when that is given; without it, a zone with
     * services is kept. A zone that connections name is kept too; its policy rules go with it.
     */
    public static Topology delete(Topology t, String id, String moveTo) {
        indexOf(t.zones(), id);
        if (t.zones().size() == 1) {
            throw new EditRefusedException("a design keeps at least one zone");
        }
        List<Service> living = t.servicesIn(id);
        if (!living.isEmpty() && moveTo == null) {
            throw new EditRefusedException(living.size() + (living.size() == 1 ? " service lives" : " services live")
                    + " in it: move or delete " + (living.size() == 1 ? "it" : "them") + " first");
        }
        if (moveTo != null) {
            indexOf(t.zones(), moveTo);
        }
        for (Connection c : t.connections()) {
            if (names(c.from(), id) || names(c.to(), id)) {
                throw new EditRefusedException("the connection " + c.id() + " names it");
            }
        }
        List<Zone> zones = new ArrayList<>(t.zones());
        zones.removeIf(z -> z.id().equals(id));
        List<Service> services = new ArrayList<>();
        for (Service s : t.services()) {
            services.add(s.zone().equals(id) ? s.withZone(moveTo) : s);
        }
        List<PolicyRule> policy = new ArrayList<>(t.policy());
        policy.removeIf(r -> r.from().equals(id) || r.to().equals(id));
        return withZones(t, zones, services, policy);
    }

    private static boolean names(Endpoint end, String zoneId) {
        return end instanceof Endpoint.ZoneRef ref && ref.id().equals(zoneId);
    }

    private static int indexOf(List<Zone> zones, String id) {
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new EditRefusedException("there is no zone " + id);
    }

    private static Zone withTrust(Zone z, int trust) {
        return new Zone(z.id(), z.name(), z.description(), z.role(), trust, z.addresses(), z.location());
    }

    private static Topology withZones(Topology t, List<Zone> zones, List<Service> services, List<PolicyRule> policy) {
        return new Topology(t.name(), t.description(), zones, services, t.connections(), policy, t.waivers(), t.layout());
    }
}
