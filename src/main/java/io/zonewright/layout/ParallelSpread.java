package io.zonewright.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves apart the arrows that the router laid on the same line: segments of different arrows that share a
 * stretch of one horizontal or vertical line are shifted side by side, a few pixels each, within the
 * clearance the router keeps from boxes, so that every arrow can be followed on its own.
 */
final class ParallelSpread {

    /** The most room between two arrows side by side. */
    static final double SPACING = 6;
    /** How far from its line a segment may move: less than the clearance, so it stays off the boxes. */
    private static final double REACH = OrthogonalRouter.CLEARANCE - 3;

    private ParallelSpread() {
    }

    /** A horizontal line at a height, or a vertical one at an abscissa. */
    private record Line(boolean horizontal, double at) {
    }

    /** A segment of a route: the index of its first point, its line and the stretch it covers. */
    private record Segment(int route, int index, boolean horizontal, double line, double min, double max) {
    }

    static List<List<Point>> apart(List<List<Point>> routes) {
        Map<Line, List<Segment>> byLine = new HashMap<>();
        for (int r = 0; r < routes.size(); r++) {
            List<Point> points = routes.get(r);
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                boolean horizontal = a.y() == b.y();
                if (!horizontal && a.x() != b.x()) {
                    continue;
                }
                double line = horizontal ? a.y() : a.x();
                double min = horizontal ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
                double max = horizontal ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
                byLine.computeIfAbsent(new Line(horizontal, line), k -> new ArrayList<>(2))
                        .add(new Segment(r, i - 1, horizontal, line, min, max));
            }
        }
        double[][] dx = new double[routes.size()][];
        double[][] dy = new double[routes.size()][];
        for (List<Segment> line : byLine.values()) {
            if (line.size() > 1) {
                line.sort(Comparator.comparingDouble(Segment::min).thenComparingInt(Segment::route));
                for (List<Segment> shared : overlapping(line)) {
                    shift(shared, routes, dx, dy);
                }
            }
        }
        List<List<Point>> out = new ArrayList<>(routes.size());
        for (int r = 0; r < routes.size(); r++) {
            List<Point> points = routes.get(r);
            if (dx[r] == null && dy[r] == null) {
                out.add(points);
                continue;
            }
            List<Point> moved = new ArrayList<>(points.size());
            for (int i = 0; i < points.size(); i++) {
                double x = points.get(i).x() + (dx[r] == null ? 0 : dx[r][i]);
                double y = points.get(i).y() + (dy[r] == null ? 0 : dy[r][i]);
                moved.add(new Point(x, y));
            }
            out.add(List.copyOf(moved));
        }
        return out;
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
    private static void shift(List<Segment> shared, List<List<Point>> routes, double[][] dx, double[][] dy) {
        List<Segment> ordered = new ArrayList<>(shared);
        ordered.sort(Comparator.comparingInt(Segment::route).thenComparingInt(Segment::index));
        int n = ordered.size();
        double spacing = Math.min(SPACING, 2 * REACH / (n - 1));
        for (int k = 0; k < n; k++) {
            Segment s = ordered.get(k);
            double offset = (k - (n - 1) / 2.0) * spacing;
            double[][] axis = s.horizontal() ? dy : dx;
            if (axis[s.route()] == null) {
                axis[s.route()] = new double[routes.get(s.route()).size()];
            }
            axis[s.route()][s.index()] = offset;
            axis[s.route()][s.index() + 1] = offset;
        }
    }
}
