package io.zonewright.hostfw;

import io.zonewright.model.AddressSet;
import io.zonewright.model.PortSet;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of packets as a firewall rule matches them: sources, destinations, and protocols with their
 * destination ports, each dimension a set, the box their product. The two addresses are of one family:
 * a box whose sources are IPv4 and destinations IPv6 holds nothing.
 */
public record Box(AddressSet sources, AddressSet destinations, PortSet ports) {

    public static final Box ALL = new Box(AddressSet.ALL, AddressSet.ALL, PortSet.ALL);

    /** Keeps both addresses to the families they share: a packet's source and destination are of one family. */
    public Box {
        boolean v4 = sources.hasFamily(false) && destinations.hasFamily(false);
        boolean v6 = sources.hasFamily(true) && destinations.hasFamily(true);
        if (v4 != v6) {
            sources = sources.family(v6);
            destinations = destinations.family(v6);
        } else if (!v4) {
            sources = AddressSet.NONE;
            destinations = AddressSet.NONE;
        }
    }

    public boolean isEmpty() {
        return sources.isEmpty() || ports.isEmpty();
    }

    public Box intersection(Box other) {
        return new Box(sources.intersection(other.sources), destinations.intersection(other.destinations),
                ports.intersection(other.ports));
    }

    /** Only the packets of one family. */
    public Box family(boolean ipv6) {
        return new Box(sources.family(ipv6), destinations.family(ipv6), ports);
    }

    /** What of this box lies outside {@code other}: at most three boxes, one per dimension the packets differ in. */
    public List<Box> minus(Box other) {
        Box common = intersection(other);
        if (common.isEmpty()) {
            return List.of(this);
        }
        List<Box> out = new ArrayList<>(3);
        add(out, new Box(sources.minus(other.sources), destinations, ports));
        add(out, new Box(common.sources, destinations.minus(other.destinations), ports));
        add(out, new Box(common.sources, common.destinations, ports.minus(other.ports)));
        return out;
    }

    private static void add(List<Box> out, Box b) {
        if (!b.isEmpty()) {
            out.add(b);
        }
    }

    /** {@code boxes} without any packet of {@code removed}. */
    public static List<Box> minus(List<Box> boxes, List<Box> removed) {
        List<Box> out = boxes;
        for (Box r : removed) {
            List<Box> next = new ArrayList<>(out.size());
            for (Box b : out) {
                next.addAll(b.minus(r));
            }
            out = next;
        }
        return out;
    }

    /** The packets in both unions. */
    public static List<Box> intersection(List<Box> a, List<Box> b) {
        List<Box> out = new ArrayList<>();
        for (Box x : a) {
            for (Box y : b) {
                Box common = x.intersection(y);
                if (!common.isEmpty()) {
                    out.add(common);
                }
            }
        }
        return out;
    }
}
