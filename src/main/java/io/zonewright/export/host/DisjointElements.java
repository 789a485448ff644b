package io.zonewright.export.host;

import io.zonewright.model.Cidr;
import io.zonewright.model.PortRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Elements (address range, port range) kept pairwise apart: a firewall set refuses two elements that
 * overlap. Address ranges are prefixes, so two of them overlap only when one contains the other: the
 * ranges containing a new one are found by masking it to each shorter length, those it contains are the
 * kept ranges sorted between its first and last address.
 */
public final class DisjointElements {

    private final Map<Cidr, List<PortRange>> portsByRange = new HashMap<>();
    private final TreeSet<Cidr> ranges = new TreeSet<>();

    /** Keeps the element and returns true, unless it overlaps one kept before. */
    public boolean add(Cidr range, PortRange ports) {
        if (overlaps(range, ports)) {
            return false;
        }
        portsByRange.computeIfAbsent(range, r -> new ArrayList<>(1)).add(ports);
        ranges.add(range);
        return true;
    }

    private boolean overlaps(Cidr range, PortRange ports) {
        for (int bits = range.prefixLength(); bits >= 0; bits--) {
            if (meets(portsByRange.get(range.supernet(bits)), ports)) {
                return true;
            }
        }
        for (Cidr inside : ranges.subSet(range, false, range.lastAddress(), true)) {
            if (meets(portsByRange.get(inside), ports)) {
                return true;
            }
        }
        return false;
    }

    private static boolean meets(List<PortRange> kept, PortRange ports) {
        if (kept != null) {
            for (PortRange p : kept) {
                if (p.overlaps(ports)) {
                    return true;
                }
            }
        }
        return false;
    }
}
