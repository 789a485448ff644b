package io.zonewright.layout;

import java.util.ArrayList;
import java.util.List;

/** Geometry of the runs of segments that arrows are drawn as. */
public final class Polylines {

    private Polylines() {
    }

    /** The points without repeats and without corners that go straight on: only real bends stay. */
    public static List<Point> withoutStraightCorners(List<Point> points) {
        List<Point> out = new ArrayList<>(points.size());
        for (Point p : points) {
            if (!out.isEmpty() && out.get(out.size() - 1).equals(p)) {
                continue;
            }
            if (out.size() >= 2 && collinear(out.get(out.size() - 2), out.get(out.size() - 1), p)) {
                out.set(out.size() - 1, p);
            } else {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    private static boolean collinear(Point a, Point b, Point c) {
        return a.x() == b.x() && b.x() == c.x() || a.y() == b.y() && b.y() == c.y();
    }

    /** Whether the segment from a to b passes through the inside of the rectangle (touching its edge does not). */
    public static boolean crossesInside(Point a, Point b, double minX, double minY, double maxX, double maxY) {
        if (Math.max(a.x(), b.x()) <= minX || Math.min(a.x(), b.x()) >= maxX
                || Math.max(a.y(), b.y()) <= minY || Math.min(a.y(), b.y()) >= maxY) {
            return false;
        }
        // Liang-Barsky clipping against the open rectangle.
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - minX, maxX - a.x(), a.y() - minY, maxY - a.y()};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }

    /** Whether any segment of the run passes through the inside of the rectangle. */
    public static boolean crossesInside(List<Point> points, double minX, double minY, double maxX, double maxY) {
        for (int i = 1; i < points.size(); i++) {
            if (crossesInside(points.get(i - 1), points.get(i), minX, minY, maxX, maxY)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the run. */
    public static double length(List<Point> points) {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += Math.hypot(points.get(i).x() - points.get(i - 1).x(), points.get(i).y() - points.get(i - 1).y());
        }
        return length;
    }
}
