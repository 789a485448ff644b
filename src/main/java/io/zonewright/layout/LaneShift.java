package io.zonewright.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How an edit moved the lanes up or down. A box dragged below the last row of its lane makes the lane taller
 * and pushes every lane under it down; the routes there are still good once moved with their lanes. A point
 * of the earlier layout goes where the lane it lay in went; lanes are matched by zone, and when the zones
 * themselves changed (one added, removed or reordered) nothing is taken to have moved.
 */
final class LaneShift {

    /** Nothing moved: the shift from a layout to itself, after an edit within a lane, or when there is no earlier one. */
    static final LaneShift NONE = new LaneShift(new double[] {0}, new double[] {0});

    /** The earlier layout's lane tops, top to bottom, and how far each lane moved. */
    private final double[] tops;
    private final double[] shifts;

    private LaneShift(double[] tops, double[] shifts) {
        this.tops = tops;
        this.shifts = shifts;
    }

    static LaneShift between(DiagramLayout before, DiagramLayout after) {
        List<DiagramLayout.Lane> was = before.lanes();
        List<DiagramLayout.Lane> is = after.lanes();
        if (was.isEmpty() || was.size() != is.size()) {
            return NONE;
        }
        double[] tops = new double[was.size()];
        double[] shifts = new double[was.size()];
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).zone().id().equals(is.get(i).zone().id())) {
                return NONE;
            }
            tops[i] = was.get(i).y();
            shifts[i] = is.get(i).y() - was.get(i).y();
        }
        return Arrays.stream(shifts).allMatch(s -> s == 0) ? NONE : new LaneShift(tops, shifts);
    }

    /** Where a height of the earlier layout is now. */
    double y(double y) {
        int lane = 0;
        while (lane + 1 < tops.length && tops[lane + 1] <= y) {
            lane++;
        }
        return y + shifts[lane];
    }

    /** The rectangle moved with its lane; the same rectangle when its lane did not move. */
    DiagramLayout.Rect map(DiagramLayout.Rect r) {
        double y = y(r.y());
        return y == r.y() ? r : new DiagramLayout.Rect(r.x(), y, r.width(), r.height());
    }

    /** The points moved with their lanes; the same list when none moved. */
    List<Point> map(List<Point> points) {
        if (this == NONE) {
            return points;
        }
        List<Point> out = null;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double y = y(p.y());
            if (y != p.y() && out == null) {
                out = new ArrayList<>(points.subList(0, i));
            }
            if (out != null) {
                out.add(new Point(p.x(), y));
            }
        }
        return out == null ? points : List.copyOf(out);
    }

    /**
     * Whether no lane came nearer to the one above it: then moving points with their lanes keeps every
     * distance between a route and a box that moved with its lane at least what it was.
     */
    boolean keepsDistances() {
        for (int i = 1; i < shifts.length; i++) {
            if (shifts[i] < shifts[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
