package io.zonewright.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The routes as spread, in the order they were given. */
    private final List<List<Point>> spread;
    /** The slot of each route given: an arrow keeps its slot, its segments their tracks, from one spread to the next. */
    private final int[] slotOf;
    /** By slot: the route as the router found it (null for a slot freed by a removed arrow), and its tracks. */
    private final List<List<Point>> routes;
    /** By slot, the track of each segment: segment {@code i} runs from point {@code i} to point {@code i + 1}. */
    private final int[][] tracks;
    /** The segments on each line. */
    private final Map<Line, LineTracks> lines;

    private ParallelSpread(List<List<Point>> spread, int[] slotOf, List<List<Point>> routes, int[][] tracks,
                           Map<Line, LineTracks> lines) {
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
        Map<Line, LineTracks.Builder> byLine = new HashMap<>();
        for (int r = 0; r < routes.size(); r++) {
            tracks[r] = new int[Math.max(0, routes.get(r).size() - 1)];
            gather(r, routes.get(r), byLine);
        }
        Map<Line, LineTracks> lines = new HashMap<>(byLine.size() * 2);
        byLine.forEach((line, gathered) -> lines.put(line, LineTracks.swept(gathered, tracks)));
        List<List<Point>> out = new ArrayList<>(routes.size());
        for (int r = 0; r < routes.size(); r++) {
            out.add(moved(routes.get(r), tracks[r]));
        }
        return new ParallelSpread(List.copyOf(out), IntStream.range(0, routes.size()).toArray(), new ArrayList<>(routes),
                tracks, lines);
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
        Map<Line, LineTracks> nextLines = movedWithLanes(lines, shift);
        edit.retrack(nextLines);
        List<List<Point>> out = new ArrayList<>(next.size());
        for (int r = 0; r < next.size(); r++) {
            int slot = edit.slotOf[r];
            boolean same = was[r] >= 0 && !edit.fresh.get(slot) && next.get(r) == routes.get(slot);
            out.add(same ? spread.get(was[r]) : moved(next.get(r), edit.tracks[slot]));
        }
        return new ParallelSpread(List.copyOf(out), edit.slotOf, edit.bySlot, edit.tracks, nextLines);
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
        /** Slots whose earlier segments leave their lines, slots whose segments need tracks, slots still drawn. */
        private final BitSet dropped = new BitSet();
        private final BitSet fresh = new BitSet();
        private final BitSet placed = new BitSet();
        /** The lines segments leave, and the segments that join lines. */
        private final Set<Line> left = new HashSet<>();
        private final Map<Line, LineTracks.Builder> joining = new HashMap<>();
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
            forEachSegment(old, (i, line, min, max) -> left.add(line));
        }

        private void join(int slot, List<Point> now) {
            changes++;
            fresh.set(slot);
            tracks[slot] = new int[Math.max(0, now.size() - 1)];
            gather(slot, now, joining);
        }

        /** Takes the segments that left out of their lines and gives the joining ones the lowest free tracks. */
        void retrack(Map<Line, LineTracks> lines) {
            Set<Line> touched = new HashSet<>(left);
            touched.addAll(joining.keySet());
            for (Line line : touched) {
                LineTracks staying = lines.getOrDefault(line, LineTracks.EMPTY).without(dropped);
                LineTracks.Builder added = joining.get(line);
                LineTracks all = added == null ? staying : staying.with(added, tracks);
                if (all.isEmpty()) {
                    lines.remove(line);
                } else {
                    lines.put(line, all);
                }
            }
        }
    }

    /** The lines as they lie after the lanes moved: horizontal ones at their new heights, vertical ones stretched. */
    private static Map<Line, LineTracks> movedWithLanes(Map<Line, LineTracks> lines, LaneShift shift) {
        if (shift == LaneShift.NONE) {
            return new HashMap<>(lines);
        }
        Map<Line, LineTracks> out = new HashMap<>(lines.size() * 2);
        lines.forEach((line, on) -> {
            if (line.horizontal()) {
                out.put(new Line(true, shift.y(line.at())), on);
            } else {
                out.put(line, on.along(shift));
            }
        });
        return out;
    }

    private static void gather(int slot, List<Point> points, Map<Line, LineTracks.Builder> byLine) {
        forEachSegment(points, (i, line, min, max) ->
                byLine.computeIfAbsent(line, k -> new LineTracks.Builder()).add(LineTracks.member(slot, i), min, max));
    }

    private interface SegmentAction {
        void accept(int index, Line line, double min, double max);
    }

    /** Calls back for each horizontal or vertical segment of a route: its index, its line and the stretch it covers. */
    private static void forEachSegment(List<Point> points, SegmentAction action) {
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (a.y() == b.y()) {
                action.accept(i - 1, new Line(true, a.y()), Math.min(a.x(), b.x()), Math.max(a.x(), b.x()));
            } else if (a.x() == b.x()) {
                action.accept(i - 1, new Line(false, a.x()), Math.min(a.y(), b.y()), Math.max(a.y(), b.y()));
            }
        }
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
}
