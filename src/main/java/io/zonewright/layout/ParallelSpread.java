package io.zonewright.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Moves apart the arrows that the router laid on the same line: segments whose stretches of one horizontal or
 * vertical line meet are put on different tracks a few pixels apart, within the clearance the router keeps
 * from boxes, so that every arrow can be followed on its own.
 *
 * <p>A segment takes the lowest track that no segment meeting it holds, and a track's offset does not depend
 * on how many tracks its line has: the first three lie {@link #SPACING} apart, later ones in between. So an
 * edit that re-routes, adds or removes a few arrows of thousands ({@link #next}) gives tracks to their new
 * segments only, and every other arrow stays exactly where it was drawn.</p>
 */
final class ParallelSpread {

    /** The room between the first arrows side by side. */
    static final double SPACING = 6;
    /** How far from its line a segment may move: less than the clearance, so it stays off the boxes. */
    private static final double REACH = OrthogonalRouter.CLEARANCE - 3;
    /** How often the spacing is halved for more tracks: 49 of them, the closest 0.375 px apart; then they repeat. */
    private static final int HALVINGS = 4;
    /** Each track's offset from its line, the nearest first. */
    private static final double[] OFFSETS = offsets();
    /** Beyond this share of arrows changed, spreading everything again costs no more. */
    private static final int WHOLE_FROM_ONE_IN = 8;
    private static final long[] NONE = new long[0];

    /** The routes as spread, in the order they were given. */
    private final List<List<Point>> spread;
    /** The slot of each route given: an arrow keeps its slot, its segments their tracks, from one spread to the next. */
    private final int[] slotOf;
    /** By slot: the route as the router found it (null for a slot freed by a removed arrow), and its tracks. */
    private final List<List<Point>> routes;
    /** By slot, the track of each segment: segment {@code i} runs from point {@code i} to point {@code i + 1}. */
    private final int[][] tracks;
    /** The segments on each line, each as its slot and index in one long ({@link #member}). */
    private final Map<Line, long[]> lines;

    private ParallelSpread(List<List<Point>> spread, int[] slotOf, List<List<Point>> routes, int[][] tracks,
                           Map<Line, long[]> lines) {
        this.spread = spread;
        this.slotOf = slotOf;
        this.routes = routes;
        this.tracks = tracks;
        this.lines = lines;
    }

    /** A horizontal line at a height, or a vertical one at an abscissa. */
    private record Line(boolean horizontal, double at) {
    }

    /** The spread of the routes, all of them. */
    static ParallelSpread of(List<List<Point>> routes) {
        int[][] tracks = new int[routes.size()][];
        Map<Line, Members> byLine = new HashMap<>();
        for (int r = 0; r < routes.size(); r++) {
            tracks[r] = new int[Math.max(0, routes.get(r).size() - 1)];
            addSegments(r, routes.get(r), byLine);
        }
        List<List<Point>> bySlot = new ArrayList<>(routes);
        Map<Line, long[]> lines = new HashMap<>(byLine.size() * 2);
        byLine.forEach((line, members) -> {
            long[] all = members.toArray();
            sweep(all, bySlot, tracks);
            lines.put(line, all);
        });
        List<List<Point>> out = new ArrayList<>(routes.size());
        for (int r = 0; r < routes.size(); r++) {
            out.add(moved(routes.get(r), tracks[r]));
        }
        return new ParallelSpread(List.copyOf(out), IntStream.range(0, routes.size()).toArray(), bySlot, tracks, lines);
    }

    /**
     * The spread of {@code next} after an edit: {@code was[r]} is the index the arrow of {@code next.get(r)} had
     * in the routes this spread was made of, or -1 for a new arrow; the lanes moved by {@code shift}, and the
     * arrows in {@code carried} are their earlier routes moved with their lanes (or the same). Those keep their
     * tracks; the segments of new and re-routed arrows take free tracks on their lines; removed arrows leave
     * theirs. When no lane came nearer to the one above, heights keep their order, so every segment that moved
     * with its lane meets the ones it met.
     */
    ParallelSpread next(List<List<Point>> next, int[] was, BitSet carried, LaneShift shift) {
        if (!shift.keepsDistances()) {
            return of(next);
        }
        Edit edit = new Edit(this, next.size());
        for (int r = 0; r < next.size(); r++) {
            edit.place(r, next.get(r), was[r], carried.get(r), shift);
        }
        edit.dropUnplaced(shift);
        if (edit.changes > next.size() / WHOLE_FROM_ONE_IN || edit.bySlot.size() > 2 * next.size() + 64) {
            return of(next);
        }
        Map<Line, long[]> lines = remapped(this.lines, shift);
        edit.retrack(lines);
        List<List<Point>> out = new ArrayList<>(next.size());
        for (int r = 0; r < next.size(); r++) {
            int slot = edit.slotOf[r];
            boolean same = was[r] >= 0 && !edit.fresh.get(slot) && next.get(r) == routes.get(slot);
            out.add(same ? spread.get(was[r]) : moved(next.get(r), edit.tracks[slot]));
        }
        return new ParallelSpread(List.copyOf(out), edit.slotOf, edit.bySlot, edit.tracks, lines);
    }

    List<List<Point>> spread() {
        return spread;
    }

    /**
     * What an edit changes, slot by slot: the routes and tracks start as the earlier spread's (copied, so that
     * it stays as it was: the editor spreads twice from one routing, at once and when the router is done).
     */
    private static final class Edit {
        private final ParallelSpread before;
        private final int[] slotOf;
        private final List<List<Point>> bySlot;
        private int[][] tracks;
        /** Slots whose earlier segments leave their lines, and slots whose segments need tracks. */
        private final BitSet dropped = new BitSet();
        private final BitSet fresh = new BitSet();
        private final BitSet placed = new BitSet();
        /** The lines segments leave, and the segments that join lines. */
        private final List<Line> left = new ArrayList<>();
        private final Map<Line, Members> joining = new HashMap<>();
        private int changes;

        Edit(ParallelSpread before, int size) {
            this.before = before;
            this.slotOf = new int[size];
            this.bySlot = new ArrayList<>(before.routes);
            this.tracks = before.tracks.clone();
        }

        void place(int r, List<Point> now, int was, boolean carried, LaneShift shift) {
            if (was < 0) {
                int slot = bySlot.size();
                bySlot.add(now);
                if (slot >= tracks.length) {
                    tracks = Arrays.copyOf(tracks, Math.max(16, 2 * tracks.length));
                }
                join(slot, now);
                slotOf[r] = slot;
                return;
            }
            int slot = before.slotOf[was];
            placed.set(slot);
            slotOf[r] = slot;
            if (!carried) {
                leave(slot, shift.map(before.routes.get(slot)));
                join(slot, now);
            }
            bySlot.set(slot, now);
        }

        /** The earlier slots no route was placed in: their arrows were removed. */
        void dropUnplaced(LaneShift shift) {
            for (int slot = 0; slot < before.routes.size(); slot++) {
                if (!placed.get(slot) && before.routes.get(slot) != null) {
                    leave(slot, shift.map(before.routes.get(slot)));
                    bySlot.set(slot, null);
                    tracks[slot] = null;
                }
            }
        }

        private void leave(int slot, List<Point> old) {
            changes++;
            dropped.set(slot);
            forEachSegment(old, (i, line) -> left.add(line));
        }

        private void join(int slot, List<Point> now) {
            changes++;
            fresh.set(slot);
            tracks[slot] = new int[Math.max(0, now.size() - 1)];
            forEachSegment(now, (i, line) -> joining.computeIfAbsent(line, k -> new Members()).add(member(slot, i)));
        }

        /** Takes the segments that left out of their lines and gives the joining ones the lowest free tracks. */
        void retrack(Map<Line, long[]> lines) {
            for (Line line : left) {
                long[] members = lines.get(line);
                if (members != null) {
                    long[] staying = Arrays.stream(members).filter(m -> !dropped.get(slot(m))).toArray();
                    if (staying.length == 0) {
                        lines.remove(line);
                    } else if (staying.length < members.length) {
                        lines.put(line, staying);
                    }
                }
            }
            joining.forEach((line, members) -> {
                long[] staying = lines.getOrDefault(line, NONE);
                long[] added = members.toArray();
                sortByStart(added, bySlot);
                for (int k = 0; k < added.length; k++) {
                    tracks[slot(added[k])][index(added[k])] = lowestFree(added[k], staying, added, k);
                }
                long[] all = Arrays.copyOf(staying, staying.length + added.length);
                System.arraycopy(added, 0, all, staying.length, added.length);
                lines.put(line, all);
            });
        }

        /** The lowest track that none of the segments meeting {@code m} holds: those staying and those added before it. */
        private int lowestFree(long m, long[] staying, long[] added, int addedBefore) {
            double[] stretch = stretch(m, bySlot);
            BitSet taken = new BitSet();
            for (long other : staying) {
                takeIfMeeting(other, stretch, taken);
            }
            for (int k = 0; k < addedBefore; k++) {
                takeIfMeeting(added[k], stretch, taken);
            }
            return taken.nextClearBit(0);
        }

        private void takeIfMeeting(long other, double[] stretch, BitSet taken) {
            double[] o = stretch(other, bySlot);
            if (o[0] <= stretch[1] && o[1] >= stretch[0]) {
                taken.set(tracks[slot(other)][index(other)]);
            }
        }
    }

    /** The segments of a line in one sweep along it: each takes the lowest track whose last segment ended before it. */
    private static void sweep(long[] members, List<List<Point>> bySlot, int[][] tracks) {
        if (members.length < 2) {
            return;
        }
        sortByStart(members, bySlot);
        double[] trackEnds = new double[4];
        int used = 0;
        for (long m : members) {
            double[] stretch = stretch(m, bySlot);
            int track = 0;
            // Segments that only meet at a point are set apart too: moving one lengthens its neighbours.
            while (track < used && trackEnds[track] >= stretch[0]) {
                track++;
            }
            if (track == used) {
                if (used == trackEnds.length) {
                    trackEnds = Arrays.copyOf(trackEnds, 2 * used);
                }
                used++;
            }
            trackEnds[track] = stretch[1];
            tracks[slot(m)][index(m)] = track;
        }
    }

    /** Sorts segments of one line by where they start, then by slot and index. */
    private static void sortByStart(long[] members, List<List<Point>> bySlot) {
        if (members.length < 2) {
            return;
        }
        Long[] boxed = Arrays.stream(members).boxed().toArray(Long[]::new);
        Arrays.sort(boxed, Comparator.comparingDouble((Long m) -> stretch(m, bySlot)[0]).thenComparing(m -> m));
        for (int k = 0; k < members.length; k++) {
            members[k] = boxed[k];
        }
    }

    private static Map<Line, long[]> remapped(Map<Line, long[]> lines, LaneShift shift) {
        if (shift == LaneShift.NONE) {
            return new HashMap<>(lines);
        }
        Map<Line, long[]> out = new HashMap<>(lines.size() * 2);
        lines.forEach((line, members) -> out.put(line.horizontal() ? new Line(true, shift.y(line.at())) : line, members));
        return out;
    }

    private static void addSegments(int slot, List<Point> points, Map<Line, Members> byLine) {
        forEachSegment(points, (i, line) -> byLine.computeIfAbsent(line, k -> new Members()).add(member(slot, i)));
    }

    private interface SegmentAction {
        void accept(int index, Line line);
    }

    /** Calls back for each horizontal or vertical segment of a route, with its index and its line. */
    private static void forEachSegment(List<Point> points, SegmentAction action) {
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (a.y() == b.y()) {
                action.accept(i - 1, new Line(true, a.y()));
            } else if (a.x() == b.x()) {
                action.accept(i - 1, new Line(false, a.x()));
            }
        }
    }

    /** The stretch of the line a segment covers: its lowest and highest coordinate along it. */
    private static double[] stretch(long member, List<List<Point>> bySlot) {
        List<Point> points = bySlot.get(slot(member));
        Point a = points.get(index(member));
        Point b = points.get(index(member) + 1);
        return a.y() == b.y()
                ? new double[] {Math.min(a.x(), b.x()), Math.max(a.x(), b.x())}
                : new double[] {Math.min(a.y(), b.y()), Math.max(a.y(), b.y())};
    }

    private static long member(int slot, int index) {
        return (long) slot << 32 | index;
    }

    private static int slot(long member) {
        return (int) (member >>> 32);
    }

    private static int index(long member) {
        return (int) member;
    }

    /** The route with each segment moved to its track, its two points with it; the same list when none moves. */
    private static List<Point> moved(List<Point> points, int[] tracks) {
        boolean any = false;
        for (int t : tracks) {
            any |= t != 0;
        }
        if (!any) {
            return points;
        }
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = points.get(i).x();
            ys[i] = points.get(i).y();
        }
        for (int i = 0; i < tracks.length; i++) {
            double offset = OFFSETS[tracks[i] % OFFSETS.length];
            // Segments alternate between horizontal and vertical: a point moves across each of its two once.
            if (offset != 0 && points.get(i).y() == points.get(i + 1).y()) {
                ys[i] = points.get(i).y() + offset;
                ys[i + 1] = points.get(i + 1).y() + offset;
            } else if (offset != 0) {
                xs[i] = points.get(i).x() + offset;
                xs[i + 1] = points.get(i + 1).x() + offset;
            }
        }
        List<Point> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            out.add(new Point(xs[i], ys[i]));
        }
        return List.copyOf(out);
    }

    /** The offsets of the tracks: 0 and ±6, then the halves between and out to the reach, then their halves. */
    private static double[] offsets() {
        List<Double> out = new ArrayList<>();
        out.add(0.0);
        for (int halving = 0; halving <= HALVINGS; halving++) {
            double step = SPACING / (1 << halving);
            for (int k = 1; k * step <= REACH; k += halving == 0 ? 1 : 2) {
                out.add(k * step);
                out.add(-k * step);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A growing list of segments, while lines are gathered. */
    private static final class Members {
        private long[] items = new long[2];
        private int size;

        void add(long member) {
            if (size == items.length) {
                items = Arrays.copyOf(items, 2 * size);
            }
            items[size++] = member;
        }

        long[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
