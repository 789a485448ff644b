package io.zonewright.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves apart the arrows that the router laid on the same line: segments of different arrows that share a
 * stretch of one horizontal or vertical line are shifted side by side, a few pixels each, within the
 * clearance the router keeps from boxes, so that every arrow can be followed on its own.
 *
 * <p>A spread is kept with its routing: after an edit that re-routed a few arrows of thousands, {@link #next}
 * spreads again only the lines those arrows left or joined, and gives the same result as spreading all.</p>
 */
final class ParallelSpread {

    /** The most room between two arrows side by side. */
    static final double SPACING = 6;
    /** How far from its line a segment may move: less than the clearance, so it stays off the boxes. */
    private static final double REACH = OrthogonalRouter.CLEARANCE - 3;
    /** Beyond this share of arrows changed, spreading everything again costs no more. */
    private static final int WHOLE_FROM_ONE_IN = 8;

    /** The routes as the router found them, and as spread. */
    private final List<List<Point>> routes;
    private final List<List<Point>> spread;
    /** Each route's shift per point across (dx) and along (dy), or null where it has none. */
    private final double[][] dx;
    private final double[][] dy;

    private ParallelSpread(List<List<Point>> routes, List<List<Point>> spread, double[][] dx, double[][] dy) {
        this.routes = routes;
        this.spread = spread;
        this.dx = dx;
        this.dy = dy;
    }

    /** A horizontal line at a height, or a vertical one at an abscissa. */
    private record Line(boolean horizontal, double at) {
    }

    /** A segment of a route: the index of its first point, its line and the stretch it covers. */
    private record Segment(int route, int index, boolean horizontal, double line, double min, double max) {
        Line onLine() {
            return new Line(horizontal, line);
        }
    }

    /** The spread of the routes, all of them. */
    static ParallelSpread of(List<List<Point>> routes) {
        Map<Line, List<Segment>> byLine = new HashMap<>();
        for (int r = 0; r < routes.size(); r++) {
            for (Segment s : segments(r, routes.get(r))) {
                byLine.computeIfAbsent(s.onLine(), k -> new ArrayList<>(2)).add(s);
            }
        }
        Shifts shifts = new Shifts(new double[routes.size()][], new double[routes.size()][], null);
        for (List<Segment> line : byLine.values()) {
            spreadLine(line, routes, shifts);
        }
        List<List<Point>> out = new ArrayList<>(routes.size());
        for (int r = 0; r < routes.size(); r++) {
            out.add(moved(routes.get(r), shifts.dx[r], shifts.dy[r]));
        }
        return new ParallelSpread(routes, List.copyOf(out), shifts.dx, shifts.dy);
    }

    /**
     * The spread of {@code next}, routes of the same connections in the same order as this spread's, after
     * an edit that moved the lanes by {@code shift}: made again only where routes changed, on the lines they
     * were on and are on now. A route that only moved with its lanes is not a change: when no lane came nearer
     * to the one above, heights keep their order, so every line keeps its segments' order and overlaps.
     */
    ParallelSpread next(List<List<Point>> next, LaneShift shift) {
        if (next.size() != routes.size() || !shift.keepsDistances()) {
            return of(next);
        }
        BitSet changed = new BitSet(next.size());
        for (int r = 0; r < next.size(); r++) {
            List<Point> was = routes.get(r);
            List<Point> now = next.get(r);
            if (now != was && !shift.carries(was, now)) {
                changed.set(r);
            }
        }
        if (changed.cardinality() > next.size() / WHOLE_FROM_ONE_IN) {
            return of(next);
        }
        Set<Line> dirty = new HashSet<>();
        changed.stream().forEach(r -> {
            segments(r, shift.map(routes.get(r))).forEach(s -> dirty.add(s.onLine()));
            segments(r, next.get(r)).forEach(s -> dirty.add(s.onLine()));
        });
        Map<Line, List<Segment>> lines = segmentsOn(dirty, next);
        Shifts shifts = new Shifts(dx.clone(), dy.clone(), new BitSet(2 * next.size()));
        BitSet touched = (BitSet) changed.clone();
        changed.stream().forEach(r -> {
            shifts.dx[r] = null;
            shifts.dy[r] = null;
            shifts.own.set(2 * r, 2 * r + 2);
        });
        for (List<Segment> segments : lines.values()) {
            for (Segment s : segments) {
                touched.set(s.route());
                shifts.set(s, next.get(s.route()).size(), 0);
            }
            spreadLine(segments, next, shifts);
        }
        List<List<Point>> out = new ArrayList<>(next.size());
        for (int r = 0; r < next.size(); r++) {
            boolean same = next.get(r) == routes.get(r) && !touched.get(r);
            out.add(same ? spread.get(r) : moved(next.get(r), shifts.dx[r], shifts.dy[r]));
        }
        return new ParallelSpread(next, List.copyOf(out), shifts.dx, shifts.dy);
    }

    /**
     * The segments of all routes that lie on the given lines. Every segment of thousands of routes is read, so
     * a segment is made only for those on a line sought: heights and abscissas are looked up in sorted arrays.
     */
    private static Map<Line, List<Segment>> segmentsOn(Set<Line> sought, List<List<Point>> routes) {
        double[] heights = sought.stream().filter(Line::horizontal).mapToDouble(Line::at).sorted().toArray();
        double[] abscissas = sought.stream().filter(l -> !l.horizontal()).mapToDouble(Line::at).sorted().toArray();
        Map<Line, List<Segment>> out = new HashMap<>();
        for (int r = 0; r < routes.size(); r++) {
            List<Point> points = routes.get(r);
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                boolean onSought = a.y() == b.y() ? Arrays.binarySearch(heights, a.y()) >= 0
                        : a.x() == b.x() && Arrays.binarySearch(abscissas, a.x()) >= 0;
                if (onSought) {
                    Segment s = segment(r, i, a, b);
                    out.computeIfAbsent(s.onLine(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        return out;
    }

    List<List<Point>> spread() {
        return spread;
    }

    private static List<Segment> segments(int route, List<Point> points) {
        List<Segment> out = new ArrayList<>(points.size());
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (a.y() == b.y() || a.x() == b.x()) {
                out.add(segment(route, i, a, b));
            }
        }
        return out;
    }

    /** The segment from point {@code i - 1} to point {@code i} of a route, horizontal or vertical. */
    private static Segment segment(int route, int i, Point a, Point b) {
        boolean horizontal = a.y() == b.y();
        double line = horizontal ? a.y() : a.x();
        double min = horizontal ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
        double max = horizontal ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
        return new Segment(route, i - 1, horizontal, line, min, max);
    }

    /** Spreads the segments of one line, in place of whatever they had. */
    private static void spreadLine(List<Segment> line, List<List<Point>> routes, Shifts shifts) {
        if (line.size() > 1) {
            line.sort((a, b) -> a.min() != b.min() ? Double.compare(a.min(), b.min()) : Integer.compare(a.route(), b.route()));
            for (List<Segment> shared : overlapping(line)) {
                shift(shared, routes, shifts);
            }
        }
    }

    private static List<Point> moved(List<Point> points, double[] dx, double[] dy) {
        if (dx == null && dy == null) {
            return points;
        }
        List<Point> moved = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            double x = points.get(i).x() + (dx == null ? 0 : dx[i]);
            double y = points.get(i).y() + (dy == null ? 0 : dy[i]);
            moved.add(new Point(x, y));
        }
        return List.copyOf(moved);
    }

    /** The groups of segments on one line whose stretches meet (a chain of them is one group). */
    private static List<List<Segment>> overlapping(List<Segment> sorted) {
        List<List<Segment>> groups = new ArrayList<>();
        List<Segment> group = new ArrayList<>();
        double end = Double.NEGATIVE_INFINITY;
        for (Segment s : sorted) {
            // Segments that only meet at a point are spread too: moving one lengthens its neighbours.
            if (!group.isEmpty() && s.min() > end) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(s);
            end = Math.max(end, s.max());
        }
        groups.add(group);
        groups.removeIf(g -> g.size() < 2);
        return groups;
    }

    /** Spreads a group evenly across the line, in route order, each segment's two points moving with it. */
    private static void shift(List<Segment> shared, List<List<Point>> routes, Shifts shifts) {
        List<Segment> ordered = new ArrayList<>(shared);
        ordered.sort((a, b) -> a.route() != b.route() ? Integer.compare(a.route(), b.route()) : Integer.compare(a.index(), b.index()));
        int n = ordered.size();
        double spacing = Math.min(SPACING, 2 * REACH / (n - 1));
        for (int k = 0; k < n; k++) {
            Segment s = ordered.get(k);
            shifts.set(s, routes.get(s.route()).size(), (k - (n - 1) / 2.0) * spacing);
        }
    }

    /**
     * The shifts being made. A spread made from an earlier one starts from its arrays and copies a route's
     * array before its first change ({@code own} marks, per route and axis, those that are this spread's), so
     * the earlier spread stays as it was.
     */
    private record Shifts(double[][] dx, double[][] dy, BitSet own) {
        void set(Segment s, int points, double offset) {
            double[][] axis = s.horizontal() ? dy : dx;
            int r = s.route();
            int mine = 2 * r + (s.horizontal() ? 1 : 0);
            if (axis[r] == null && offset == 0) {
                return;
            }
            if (axis[r] == null) {
                axis[r] = new double[points];
            } else if (own != null && !own.get(mine)) {
                axis[r] = axis[r].clone();
            }
            if (own != null) {
                own.set(mine);
            }
            axis[r][s.index()] = offset;
            axis[r][s.index() + 1] = offset;
        }
    }
}
