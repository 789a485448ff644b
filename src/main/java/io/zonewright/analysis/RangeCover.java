package io.zonewright.analysis;

import io.zonewright.model.Cidr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A set of address ranges, asked whether it holds every address of a network. */
final class RangeCover {

    private record Interval(boolean v6, BigInteger first, BigInteger last) {
    }

    private final List<Interval> intervals;

    private RangeCover(List<Interval> intervals) {
        this.intervals = intervals;
    }

    static RangeCover of(List<Cidr> ranges) {
        List<Interval> out = new ArrayList<>(ranges.size());
        for (Cidr c : ranges) {
            out.add(interval(c));
        }
        out.sort(Comparator.comparing(Interval::v6).thenComparing(Interval::first));
        return new RangeCover(out);
    }

    private static Interval interval(Cidr c) {
        int bits = c.isIpv6() ? 128 : 32;
        BigInteger first = c.isIpv6()
                ? new BigInteger(Long.toUnsignedString(c.high())).shiftLeft(64).or(new BigInteger(Long.toUnsignedString(c.low())))
                : BigInteger.valueOf(c.low());
        BigInteger size = BigInteger.ONE.shiftLeft(bits - c.prefixLength());
        return new Interval(c.isIpv6(), first, first.add(size).subtract(BigInteger.ONE));
    }

    /** Whether every address of {@code network} lies in one of the ranges. */
    boolean covers(Cidr network) {
        Interval wanted = interval(network);
        BigInteger next = wanted.first();
        for (Interval i : intervals) {
            if (i.v6() != wanted.v6() || i.last().compareTo(next) < 0) {
                continue;
            }
            if (i.first().compareTo(next) > 0) {
                return false;
            }
            next = i.last().add(BigInteger.ONE);
            if (next.compareTo(wanted.last()) > 0) {
                return true;
            }
        }
        return false;
    }
}
