package io.zonewright.layout;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The segments of arrows that lie on one horizontal or vertical line, and the track each holds: segments whose
 * stretches of the line meet hold different tracks. A segment is its route's slot and its index in that route,
 * packed in one long ({@link #member}); its stretch and track are kept beside it, so that a busy channel's
 * thousands of segments are read from four arrays rather than from the routes. Immutable; every track given
 * is also written to {@code trackOf[slot][index]}, where the spread reads a route's tracks.
 */
final class LineTracks {

    static final LineTracks EMPTY = new LineTracks(new long[0], new double[0], new double[0], new int[0]);

    private final long[] members;
    private final double[] mins;
    private final double[] maxs;
    private final int[] tracks;

    private LineTracks(long[] members, double[] mins, double[] maxs, int[] tracks) {
        this.members = members;
        this.mins = mins;
        this.maxs = maxs;
        this.tracks = tracks;
    }

    static long member(int slot, int index) {
        return (long) slot << 32 | index;
    }

    static int slot(long member) {
        return (int) (member >>> 32);
    }

    static int index(long member) {
        return (int) member;
    }

    boolean isEmpty() {
        return members.length == 0;
    }

    /** The segments in one sweep along the line: each takes the lowest track whose last segment ended before it. */
    static LineTracks swept(Builder gathered, int[][] trackOf) {
        LineTracks sorted = gathered.sorted();
        double[] trackEnds = new double[4];
        int used = 0;
        for (int j = 0; j < sorted.members.length; j++) {
            int track = 0;
            // Segments that only meet at a point are set apart too: moving one lengthens its neighbours.
            while (track < used && trackEnds[track] >= sorted.mins[j]) {
                track++;
            }
            if (track == used) {
                if (used == trackEnds.length) {
                    trackEnds = Arrays.copyOf(trackEnds, 2 * used);
                }
                used++;
            }
            trackEnds[track] = sorted.maxs[j];
            sorted.give(j, track, trackOf);
        }
        return sorted;
    }

    /** These segments and the added ones, each added one (from the line's start on) on the lowest track free where it lies. */
    LineTracks with(Builder added, int[][] trackOf) {
        LineTracks joining = added.sorted();
        int n = members.length;
        LineTracks all = new LineTracks(concat(members, joining.members), concat(mins, joining.mins),
                concat(maxs, joining.maxs), Arrays.copyOf(tracks, n + joining.members.length));
        BitSet taken = new BitSet();
        for (int k = n; k < all.members.length; k++) {
            taken.clear();
            for (int j = 0; j < k; j++) {
                if (all.mins[j] <= all.maxs[k] && all.maxs[j] >= all.mins[k]) {
                    taken.set(all.tracks[j]);
                }
            }
            all.give(k, taken.nextClearBit(0), trackOf);
        }
        return all;
    }

    /** These segments but those of the routes in the given slots; the same when there are none. */
    LineTracks without(BitSet slots) {
        int[] staying = IntStream.range(0, members.length).filter(j -> !slots.get(slot(members[j]))).toArray();
        return staying.length == members.length ? this : pick(staying);
    }

    /** A vertical line's segments moved with their lanes: their stretches run between the heights they now have. */
    LineTracks along(LaneShift shift) {
        double[] movedMins = new double[mins.length];
        double[] movedMaxs = new double[maxs.length];
        for (int j = 0; j < mins.length; j++) {
            movedMins[j] = shift.y(mins[j]);
            movedMaxs[j] = shift.y(maxs[j]);
        }
        return new LineTracks(members, movedMins, movedMaxs, tracks);
    }

    private void give(int j, int track, int[][] trackOf) {
        tracks[j] = track;
        trackOf[slot(members[j])][index(members[j])] = track;
    }

    private LineTracks pick(int[] picked) {
        long[] m = new long[picked.length];
        double[] lo = new double[picked.length];
        double[] hi = new double[picked.length];
        int[] t = new int[picked.length];
        for (int k = 0; k < picked.length; k++) {
            m[k] = members[picked[k]];
            lo[k] = mins[picked[k]];
            hi[k] = maxs[picked[k]];
            t[k] = tracks[picked[k]];
        }
        return new LineTracks(m, lo, hi, t);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Segments of one line being gathered, in any order, each with its stretch. */
    static final class Builder {
        private long[] members = new long[2];
        private double[] mins = new double[2];
        private double[] maxs = new double[2];
        private int size;

        void add(long member, double min, double max) {
            if (size == members.length) {
                members = Arrays.copyOf(members, 2 * size);
                mins = Arrays.copyOf(mins, 2 * size);
                maxs = Arrays.copyOf(maxs, 2 * size);
            }
            members[size] = member;
            mins[size] = min;
            maxs[size] = max;
            size++;
        }

        /** The segments sorted by where they start, then by slot and index, all on track 0 so far. */
        private LineTracks sorted() {
            Integer[] order = IntStream.range(0, size).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer j) -> mins[j]).thenComparingLong(j -> members[j]));
            LineTracks gathered = new LineTracks(members, mins, maxs, new int[size]);
            return gathered.pick(Arrays.stream(order).mapToInt(Integer::intValue).toArray());
        }
    }
}
