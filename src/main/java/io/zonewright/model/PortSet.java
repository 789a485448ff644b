package io.zonewright.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A set of protocols and ports: what a policy or a firewall admits between two ends. TCP, UDP and SCTP
 * carry port ranges; ICMP and every other IP protocol are taken whole. Immutable; the set operations make
 * new sets, so that what several rules admit is their union and what two sides both admit their
 * intersection.
 */
public final class PortSet {

    /** What a set is made of: the transports with ports, ICMP, and every other IP protocol together. */
    public enum Transport {
        TCP, UDP, SCTP, ICMP, OTHER;

        public boolean hasPorts() {
            return this == TCP || this == UDP || this == SCTP;
        }
    }

    private static final Transport[] TRANSPORTS = Transport.values();
    private static final int[] NOTHING = {};
    private static final int[] EVERY_PORT = {PortRange.MIN, PortRange.MAX};

    public static final PortSet NONE = new PortSet(new int[][] {NOTHING, NOTHING, NOTHING, NOTHING, NOTHING});
    public static final PortSet ALL = new PortSet(new int[][] {EVERY_PORT, EVERY_PORT, EVERY_PORT, EVERY_PORT, EVERY_PORT});

    /** Per transport, the sorted, disjoint, non-adjacent ranges as first/last pairs; ICMP and OTHER hold all ports or none. */
    private final int[][] ranges;

    private PortSet(int[][] ranges) {
        this.ranges = ranges;
    }

    /** Ports {@code first} to {@code last} of a transport with ports, or the whole of ICMP or OTHER. */
    public static PortSet of(Transport transport, int first, int last) {
        if (!transport.hasPorts()) {
            return whole(transport);
        }
        PortRange checked = new PortRange(first, last);
        int[][] r = NONE.ranges.clone();
        r[transport.ordinal()] = new int[] {checked.first(), checked.last()};
        return new PortSet(r);
    }

    /** Every port of one transport. */
    public static PortSet whole(Transport transport) {
        int[][] r = NONE.ranges.clone();
        r[transport.ordinal()] = EVERY_PORT;
        return new PortSet(r);
    }

    /** What a design's port spec admits: {@code any} is everything, ICMP is ICMP. */
    public static PortSet of(PortSpec spec) {
        return switch (spec.protocol()) {
            case ANY -> ALL;
            case ICMP -> whole(Transport.ICMP);
            case TCP -> of(Transport.TCP, spec.ports().first(), spec.ports().last());
            case UDP -> of(Transport.UDP, spec.ports().first(), spec.ports().last());
        };
    }

    public boolean isEmpty() {
        for (int[] r : ranges) {
            if (r.length > 0) {
                return false;
            }
        }
        return true;
    }

    public boolean isAll() {
        return equals(ALL);
    }

    /** Whether every port of the given transports is in the set. */
    public boolean hasWhole(Transport... transports) {
        for (Transport t : transports) {
            if (!Arrays.equals(ranges[t.ordinal()], EVERY_PORT)) {
                return false;
            }
        }
        return true;
    }

    /** The ranges of one transport, in order; ICMP and OTHER give 1-65535 when present. */
    public List<PortRange> ranges(Transport transport) {
        int[] r = ranges[transport.ordinal()];
        List<PortRange> out = new ArrayList<>(r.length / 2);
        for (int i = 0; i < r.length; i += 2) {
            out.add(new PortRange(r[i], r[i + 1]));
        }
        return out;
    }

    /** The transports that have something in the set. */
    public List<Transport> transports() {
        List<Transport> out = new ArrayList<>();
        for (Transport t : TRANSPORTS) {
            if (ranges[t.ordinal()].length > 0) {
                out.add(t);
            }
        }
        return out;
    }

    public PortSet union(PortSet other) {
        return combine(other, Operation.UNION);
    }

    public PortSet intersection(PortSet other) {
        if (other == this || other == ALL) {
            return this;
        }
        if (this == ALL) {
            return other;
        }
        return combine(other, Operation.INTERSECTION);
    }

    public PortSet minus(PortSet other) {
        return combine(other, Operation.DIFFERENCE);
    }

    public boolean containsAll(PortSet other) {
        return other.minus(this).isEmpty();
    }

    public boolean overlaps(PortSet other) {
        return !intersection(other).isEmpty();
    }

    private enum Operation {
        UNION, INTERSECTION, DIFFERENCE;

        boolean keeps(boolean inThis, boolean inOther) {
            return switch (this) {
                case UNION -> inThis || inOther;
                case INTERSECTION -> inThis && inOther;
                case DIFFERENCE -> inThis && !inOther;
            };
        }
    }

    private PortSet combine(PortSet other, Operation op) {
        int[][] out = new int[TRANSPORTS.length][];
        for (int t = 0; t < out.length; t++) {
            out[t] = combine(ranges[t], other.ranges[t], op);
        }
        return new PortSet(out);
    }

    /** Sweeps the boundaries of both range lists in order, keeping the stretches the operation keeps. */
    private static int[] combine(int[] a, int[] b, Operation op) {
        if (a.length == 0) {
            return op == Operation.UNION ? b : NOTHING;
        }
        if (b.length == 0) {
            return op == Operation.INTERSECTION ? NOTHING : a;
        }
        int[] points = new int[a.length + b.length];
        int n = 0;
        // Each boundary as a half-open start: a range first..last covers [first, last + 1).
        for (int i = 0; i < a.length; i += 2) {
            points[n++] = a[i];
            points[n++] = a[i + 1] + 1;
        }
        for (int i = 0; i < b.length; i += 2) {
            points[n++] = b[i];
            points[n++] = b[i + 1] + 1;
        }
        Arrays.sort(points);
        int[] out = new int[n];
        int kept = 0;
        int start = -1;
        for (int i = 0; i < n; i++) {
            int p = points[i];
            if (i + 1 < n && points[i + 1] == p) {
                continue;
            }
            boolean keeps = op.keeps(covers(a, p), covers(b, p));
            if (keeps && start < 0) {
                start = p;
            } else if (!keeps && start >= 0) {
                out[kept++] = start;
                out[kept++] = p - 1;
                start = -1;
            }
        }
        return kept == 0 ? NOTHING : Arrays.copyOf(out, kept);
    }

    private static boolean covers(int[] ranges, int port) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (port >= ranges[i] && port <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** One port spec per range, for writing into a design: TCP and UDP only, ICMP whole; {@code any} when all. */
    public List<PortSpec> toPortSpecs() {
        List<PortSpec> out = new ArrayList<>();
        if (isAll()) {
            return List.of(PortSpec.ANY);
        }
        ranges(Transport.TCP).forEach(r -> out.add(new PortSpec(r, Protocol.TCP)));
        ranges(Transport.UDP).forEach(r -> out.add(new PortSpec(r, Protocol.UDP)));
        if (!ranges(Transport.ICMP).isEmpty()) {
            out.add(PortSpec.ICMP);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortSet other && Arrays.deepEquals(ranges, other.ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(ranges);
    }

    /** For messages and tests: {@code TCP 80,443-444; UDP 53; ICMP}. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "nothing";
        }
        Map<Transport, String> parts = new EnumMap<>(Transport.class);
        for (Transport t : TRANSPORTS) {
            List<PortRange> r = ranges(t);
            if (!r.isEmpty()) {
                parts.put(t, t.hasPorts() ? t + " " + String.join(",", r.stream().map(PortRange::toString).toList()) : t.toString());
            }
        }
        return String.join("; ", parts.values());
    }
}
