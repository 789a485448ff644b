package io.zonewright.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each arrow's label goes: on one of its own segments (or just beside it), at a spot where the label's
 * background covers no box, no lane's title, no range node and no label placed before it;
 * the longest segments are tried first, from their middle outwards. When no spot is free, the middle of the
 * longest segment.
 */
final class LabelPlaces {

    /** Pixels between the places tried along a segment, and how many at most. */
    private static final double STEP = 12;
    private static final int MAX_POSITIONS = 41;
    private static final double CELL = 200;
    /** How near its arrow a label counts as beside it: as far as spreading moves an arrow off its line. */
    private static final double BESIDE = 2 * OrthogonalRouter.CLEARANCE;

    private final OrthogonalRouter router;
    /** The lanes' titles and the range nodes in their headers. */
    private final SpatialIndex headers;
    /** The labels placed so far. */
    private final SpatialIndex placed;
    /**
     * When the frame only moved with its lanes since the labels kept were placed: the boxes that moved
     * otherwise, the only things that can have come over such a label. Null when anything may have.
     */
    private final SpatialIndex moved;

    /** Places for labels where anything may have changed since those kept were placed. */
    LabelPlaces(OrthogonalRouter router, DiagramLayout layout) {
        this(router, layout, null);
    }

    /**
     * Places for labels in a frame that only moved with its lanes since those kept were placed: everything a
     * kept label was clear of is still as far from it, but for the {@code moved} boxes.
     */
    LabelPlaces(OrthogonalRouter router, DiagramLayout layout, List<DiagramLayout.Rect> moved) {
        this.router = router;
        this.headers = new SpatialIndex(headerMarks(layout), CELL);
        this.placed = new SpatialIndex(0, 0, layout.width(), layout.height(), CELL);
        this.moved = moved == null ? null : new SpatialIndex(moved, CELL);
    }

    /** What a lane's header shows: its title and role, and its range nodes. */
    static List<DiagramLayout.Rect> headerMarks(DiagramLayout layout) {
        List<DiagramLayout.Rect> marks = new ArrayList<>();
        for (DiagramLayout.Lane lane : layout.lanes()) {
            marks.add(new DiagramLayout.Rect(0, lane.y(), DiagramLayout.LANE_HEADER, DiagramLayout.TITLE_HEIGHT));
        }
        layout.ranges().values().forEach(r -> marks.add(r.rect()));
        return marks;
    }

    /** The centre of the label of the arrow along {@code points}, which is then taken. */
    Point place(List<Point> points, String text) {
        double width = ConnectionRoute.labelWidth(text);
        List<Integer> segments = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            segments.add(i);
        }
        segments.sort(Comparator.comparingDouble((Integer i) -> -length(points.get(i - 1), points.get(i))));
        // First a spot free of boxes and labels; in a crowd, one free of boxes at least.
        Point spot = spot(points, segments, width, false);
        if (spot == null) {
            spot = spot(points, segments, width, true);
        }
        if (spot == null) {
            Point a = points.get(segments.get(0) - 1);
            Point b = points.get(segments.get(0));
            spot = new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        }
        take(spot, width, ConnectionRoute.LABEL_HEIGHT);
        return spot;
    }

    /**
     * Takes the spot a label had before if its arrow, now along {@code points}, still runs by it (within
     * {@link #BESIDE} of the label's edge) and no box covers it; whether it did.
     */
    boolean keep(Point spot, String text, List<Point> points) {
        double width = ConnectionRoute.labelWidth(text);
        double height = ConnectionRoute.LABEL_HEIGHT;
        boolean covered = moved == null ? !free(spot, width, height, true) : moved.overlapsInside(
                spot.x() - width / 2, spot.y() - height / 2, spot.x() + width / 2, spot.y() + height / 2);
        if (!runsBy(points, spot, width, height) || covered) {
            return false;
        }
        take(spot, width, height);
        return true;
    }

    private static boolean runsBy(List<Point> points, Point spot, double width, double height) {
        return Polylines.crossesInside(points, spot.x() - width / 2 - BESIDE, spot.y() - height / 2 - BESIDE,
                spot.x() + width / 2 + BESIDE, spot.y() + height / 2 + BESIDE);
    }

    private Point spot(List<Point> points, List<Integer> segments, double width, boolean mayCoverLabels) {
        double height = ConnectionRoute.LABEL_HEIGHT;
        for (int i : segments) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            boolean vertical = a.x() == b.x();
            for (double t : positions(length(a, b))) {
                Point on = new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
                // On the segment, else just beside it: across a vertical one a label is wide.
                Point[] candidates = vertical
                        ? new Point[] {on, new Point(on.x() + width / 2 + 3, on.y()), new Point(on.x() - width / 2 - 3, on.y())}
                        : new Point[] {on, new Point(on.x(), on.y() - height / 2 - 2), new Point(on.x(), on.y() + height / 2 + 2)};
                for (Point c : candidates) {
                    if (free(c, width, height, mayCoverLabels)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** Where along a segment to try: its middle, then outwards a step at a time, clear of its ends. */
    private static List<Double> positions(double length) {
        List<Double> out = new ArrayList<>();
        out.add(0.5);
        double step = length <= 0 ? 1 : STEP / length;
        for (double d = step; d < 0.45 && out.size() < MAX_POSITIONS; d += step) {
            out.add(0.5 - d);
            out.add(0.5 + d);
        }
        return out;
    }

    private boolean free(Point c, double width, double height, boolean mayCoverLabels) {
        double minX = c.x() - width / 2;
        double minY = c.y() - height / 2;
        double maxX = c.x() + width / 2;
        double maxY = c.y() + height / 2;
        if (headers.overlapsInside(minX, minY, maxX, maxY) || router.coversAnyBox(minX, minY, maxX, maxY)) {
            return false;
        }
        if (mayCoverLabels) {
            return true;
        }
        return !placed.overlapsInside(minX, minY, maxX, maxY);
    }

    private void take(Point c, double width, double height) {
        placed.add(new DiagramLayout.Rect(c.x() - width / 2, c.y() - height / 2, width, height));
    }

    private static double length(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
