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
 * kept ranges sorted between its first and last address. Prefixes are plain numbers here, since a host
 * with tens of thousands of connections checks each against up to 129 lengths.
 */
public final class DisjointElements {

    /** A prefix as numbers: the address's high and low 64 bits (IPv4 in the low 32), its length and family. */
    private record Prefix(long high, long low, int length, boolean v6) implements Comparable<Prefix> {

        static Prefix of(Cidr c) {
            return new Prefix(c.high(), c.low(), c.prefixLength(), c.isIpv6());
        }

        /** This prefix cut to {@code bits}. */
        Prefix masked(int bits) {
            if (!v6) {
                long mask = bits == 0 ? 0 : (0xFFFF_FFFFL << (32 - bits)) & 0xFFFF_FFFFL;
                return new Prefix(0, low & mask, bits, false);
            }
            if (bits <= 64) {
                return new Prefix(bits == 0 ? 0 : high & (-1L << (64 - bits)), 0, bits, true);
            }
            return new Prefix(high, low & (-1L << (128 - bits)), bits, true);
        }

        /** The last address the prefix holds, as a full-length prefix. */
        Prefix last() {
            if (!v6) {
                long hostBits = length == 32 ? 0 : 0xFFFF_FFFFL >>> length;
                return new Prefix(0, low | hostBits, 32, false);
            }
            long highBits = length >= 64 ? 0 : -1L >>> length;
            long lowBits = length >= 128 ? 0 : length <= 64 ? -1L : -1L >>> (length - 64);
            return new Prefix(high | highBits, low | lowBits, 128, true);
        }

        @Override
        public int compareTo(Prefix o) {
            int c = Boolean.compare(v6, o.v6);
            if (c == 0) {
                c = Long.compareUnsigned(high, o.high);
            }
            if (c == 0) {
                c = Long.compareUnsigned(low, o.low);
            }
            return c != 0 ? c : Integer.compare(length, o.length);
        }
    }

    private final Map<Prefix, List<PortRange>> portsByPrefix = new HashMap<>();
    private final TreeSet<Prefix> prefixes = new TreeSet<>();
    /** Which prefix lengths the kept elements have, per family: usually only that of single hosts. */
    private final boolean[][] lengths = new boolean[2][129];
    /** The longest prefix kept, per family: nothing lies inside a prefix at least as long. */
    private final int[] longest = {-1, -1};

    /** Keeps the element and returns true, unless it overlaps one kept before. */
    public boolean add(Cidr range, PortRange ports) {
        Prefix prefix = Prefix.of(range);
        if (overlaps(prefix, ports)) {
            return false;
        }
        portsByPrefix.computeIfAbsent(prefix, r -> new ArrayList<>(1)).add(ports);
        prefixes.add(prefix);
        int family = prefix.v6() ? 1 : 0;
        lengths[family][prefix.length()] = true;
        longest[family] = Math.max(longest[family], prefix.length());
        return true;
    }

    private boolean overlaps(Prefix prefix, PortRange ports) {
        int family = prefix.v6() ? 1 : 0;
        for (int bits = prefix.length(); bits >= 0; bits--) {
            if (lengths[family][bits] && meets(portsByPrefix.get(prefix.masked(bits)), ports)) {
                return true;
            }
        }
        if (longest[family] <= prefix.length()) {
            return false;
        }
        for (Prefix inside : prefixes.subSet(prefix, false, prefix.last(), true)) {
            if (meets(portsByPrefix.get(inside), ports)) {
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
