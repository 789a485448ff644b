package io.zonewright.flows;

import io.zonewright.model.Cidr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The addresses an end of a flow stands for, IPv4 and IPv6 apart since every target writes them apart.
 * Each list is sorted, without duplicates and without a range that another one contains: firewall sets
 * refuse overlapping elements, and a rule per redundant range would only be noise.
 */
public record Addresses(List<Cidr> v4, List<Cidr> v6) {

    public static final Addresses NONE = new Addresses(List.of(), List.of());

    public Addresses {
        v4 = List.copyOf(v4);
        v6 = List.copyOf(v6);
    }

    public static Addresses of(Collection<Cidr> ranges) {
        List<Cidr> v4 = new ArrayList<>();
        List<Cidr> v6 = new ArrayList<>();
        for (Cidr c : ranges) {
            (c.isIpv6() ? v6 : v4).add(c);
        }
        return new Addresses(outermost(v4), outermost(v6));
    }

    /**
     * Sorted by address, a range comes before those it contains, and ranges are either nested or apart:
     * so a range is redundant exactly when the last one kept contains it.
     */
    private static List<Cidr> outermost(List<Cidr> ranges) {
        ranges.sort(null);
        List<Cidr> kept = new ArrayList<>(ranges.size());
        for (Cidr c : ranges) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).contains(c)) {
                kept.add(c);
            }
        }
        return kept;
    }

    public List<Cidr> of(Family family) {
        return family == Family.IPV4 ? v4 : v6;
    }

    public boolean isEmpty() {
        return v4.isEmpty() && v6.isEmpty();
    }

    public boolean has(Family family) {
        return !of(family).isEmpty();
    }

    /** Both families, IPv4 first. */
    public List<Cidr> all() {
        List<Cidr> out = new ArrayList<>(v4.size() + v6.size());
        out.addAll(v4);
        out.addAll(v6);
        return out;
    }
}
