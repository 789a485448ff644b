package io.zonewright.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A set of IPv4 and IPv6 addresses as sorted, disjoint ranges: what a firewall rule's source matches after
 * its prefixes, ranges, sets and negations, or an ipBlock after its exceptions. The two families are apart:
 * no IPv4 address is an IPv6 one. Immutable.
 */
public final class AddressSet {

    /** An inclusive range of addresses of one family, as numbers. */
    public record Range(boolean ipv6, BigInteger first, BigInteger last) {

        static final Comparator<Range> ORDER = Comparator.comparing(Range::ipv6).thenComparing(Range::first);

        public boolean contains(Range other) {
            return ipv6 == other.ipv6 && first.compareTo(other.first) <= 0 && last.compareTo(other.last) >= 0;
        }

        /** {@code 10.0.0.0-10.255.255.255}: first and last address, as a connectivity list names an external peer. */
        @Override
        public String toString() {
            return address(ipv6, first) + "-" + address(ipv6, last);
        }
    }

    private static final BigInteger LAST_V4 = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
    private static final BigInteger LAST_V6 = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    public static final AddressSet NONE = new AddressSet(List.of());
    public static final AddressSet ALL_IPV4 = new AddressSet(List.of(new Range(false, BigInteger.ZERO, LAST_V4)));
    public static final AddressSet ALL_IPV6 = new AddressSet(List.of(new Range(true, BigInteger.ZERO, LAST_V6)));
    public static final AddressSet ALL = ALL_IPV4.union(ALL_IPV6);

    private final List<Range> ranges;

    private AddressSet(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static AddressSet of(Cidr cidr) {
        return new AddressSet(List.of(new Range(cidr.isIpv6(), cidr.first(), cidr.last())));
    }

    public static AddressSet of(Collection<Cidr> cidrs) {
        List<Range> ranges = new ArrayList<>();
        cidrs.forEach(c -> ranges.add(new Range(c.isIpv6(), c.first(), c.last())));
        return normalized(ranges);
    }

    /** The addresses {@code first} to {@code last} of one family. */
    public static AddressSet range(boolean ipv6, BigInteger first, BigInteger last) {
        BigInteger top = ipv6 ? LAST_V6 : LAST_V4;
        if (first.signum() < 0 || last.compareTo(top) > 0 || first.compareTo(last) > 0) {
            throw new IllegalArgumentException("no address range " + first + "-" + last);
        }
        return new AddressSet(List.of(new Range(ipv6, first, last)));
    }

    /** Every address of one family. */
    public static AddressSet all(boolean ipv6) {
        return ipv6 ? ALL_IPV6 : ALL_IPV4;
    }

    public List<Range> ranges() {
        return ranges;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    // Loops rather than streams: rulesets of thousands of rules ask these of every box they make.
    public boolean hasFamily(boolean ipv6) {
        for (Range r : ranges) {
            if (r.ipv6() == ipv6) {
                return true;
            }
        }
        return false;
    }

    /** Only the addresses of one family. */
    public AddressSet family(boolean ipv6) {
        if (!hasFamily(!ipv6)) {
            return this;
        }
        List<Range> kept = new ArrayList<>(ranges.size());
        for (Range r : ranges) {
            if (r.ipv6() == ipv6) {
                kept.add(r);
            }
        }
        return new AddressSet(kept);
    }

    public AddressSet union(AddressSet other) {
        List<Range> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        return normalized(all);
    }

    public AddressSet intersection(AddressSet other) {
        // Rules and boxes mostly leave a dimension whole: intersecting with everything is the common case.
        if (other == this || other.equals(ALL)) {
            return this;
        }
        if (equals(ALL)) {
            return other;
        }
        List<Range> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < ranges.size() && j < other.ranges.size()) {
            Range a = ranges.get(i);
            Range b = other.ranges.get(j);
            if (a.ipv6() != b.ipv6()) {
                if (a.ipv6()) {
                    j++;
                } else {
                    i++;
                }
                continue;
            }
            BigInteger first = a.first().max(b.first());
            BigInteger last = a.last().min(b.last());
            if (first.compareTo(last) <= 0) {
                out.add(new Range(a.ipv6(), first, last));
            }
            if (a.last().compareTo(b.last()) < 0) {
                i++;
            } else {
                j++;
            }
        }
        return new AddressSet(out);
    }

    public AddressSet minus(AddressSet other) {
        return intersection(other.complement());
    }

    /** Every address of both families that is not in the set. */
    public AddressSet complement() {
        List<Range> out = new ArrayList<>();
        for (boolean v6 : new boolean[] {false, true}) {
            BigInteger next = BigInteger.ZERO;
            for (Range r : ranges) {
                if (r.ipv6() != v6) {
                    continue;
                }
                if (r.first().compareTo(next) > 0) {
                    out.add(new Range(v6, next, r.first().subtract(BigInteger.ONE)));
                }
                next = r.last().add(BigInteger.ONE);
            }
            BigInteger top = v6 ? LAST_V6 : LAST_V4;
            if (next.compareTo(top) <= 0) {
                out.add(new Range(v6, next, top));
            }
        }
        return new AddressSet(out);
    }

    public boolean containsAll(AddressSet other) {
        return other.minus(this).isEmpty();
    }

    public boolean overlaps(AddressSet other) {
        return !intersection(other).isEmpty();
    }

    /**
     * The fewest networks that hold exactly these addresses: how a range or a set with holes is written
     * where only CIDRs are taken.
     */
    public List<Cidr> toCidrs() {
        List<Cidr> out = new ArrayList<>();
        for (Range r : ranges) {
            int bits = r.ipv6() ? 128 : 32;
            BigInteger next = r.first();
            while (next.compareTo(r.last()) <= 0) {
                // The largest aligned block that starts here and does not pass the end of the range.
                int size = next.signum() == 0 ? bits : next.getLowestSetBit();
                while (size > 0 && next.add(BigInteger.ONE.shiftLeft(size)).subtract(BigInteger.ONE).compareTo(r.last()) > 0) {
                    size--;
                }
                out.add(Cidr.of(r.ipv6(), next, bits - size));
                next = next.add(BigInteger.ONE.shiftLeft(size));
            }
        }
        return out;
    }

    /**
     * The universe cut at every boundary of the given sets: the ranges within which each set either holds
     * every address or none, so that a peer of a connectivity list is one of these, named by its range.
     */
    public static List<Range> atoms(AddressSet universe, Collection<AddressSet> sets) {
        TreeSet<Range> cuts = new TreeSet<>(Range.ORDER);
        // A cut is recorded as the first address of a new atom, kept in a range of one address.
        for (AddressSet set : sets) {
            for (Range r : set.ranges) {
                cuts.add(new Range(r.ipv6(), r.first(), r.first()));
                cuts.add(new Range(r.ipv6(), r.last().add(BigInteger.ONE), r.last().add(BigInteger.ONE)));
            }
        }
        List<Range> out = new ArrayList<>();
        for (Range u : universe.ranges) {
            BigInteger start = u.first();
            for (Range cut : cuts.subSet(new Range(u.ipv6(), u.first().add(BigInteger.ONE), BigInteger.ZERO), true,
                    new Range(u.ipv6(), u.last(), u.last()), true)) {
                out.add(new Range(u.ipv6(), start, cut.first().subtract(BigInteger.ONE)));
                start = cut.first();
            }
            out.add(new Range(u.ipv6(), start, u.last()));
        }
        return out;
    }

    private static AddressSet normalized(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Range.ORDER);
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            Range last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.ipv6() == r.ipv6() && last.last().add(BigInteger.ONE).compareTo(r.first()) >= 0) {
                out.set(out.size() - 1, new Range(r.ipv6(), last.first(), last.last().max(r.last())));
            } else {
                out.add(r);
            }
        }
        return new AddressSet(out);
    }

    private static String address(boolean ipv6, BigInteger value) {
        return Cidr.of(ipv6, value, ipv6 ? 128 : 32).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressSet other && ranges.equals(other.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    @Override
    public String toString() {
        return ranges.isEmpty() ? "no address" : String.join(", ", ranges.stream().map(Range::toString).toList());
    }
}
