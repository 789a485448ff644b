package io.zonewright.layout;

import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;

import java.util.List;

/**
 * Where a connection's arrow runs: its corner points from the border of one end to the border of the other,
 * its label (see {@link #label(Connection)}) and the label's middle, which lies where no box covers it. Made
 * by {@link Routing}; shared by the editor and the exports so that both draw the same picture.
 */
public record ConnectionRoute(Connection connection, List<Point> points, String label, Point labelCentre) {

    public ConnectionRoute {
        points = List.copyOf(points);
    }

    /** The width a label of this many characters takes, with its background's margins. */
    public static double labelWidth(String text) {
        return text.length() * 6.6 + 8;
    }

    /** The height of a label with its background. */
    public static final double LABEL_HEIGHT = 16;

    /**
     * The arrow's label: the port, and where an end is a zone (or a range without a node), what it stands
     * for, since such an arrow ends at a lane's title rather than at a box: a zone by the name its lane shows,
     * a range as written. The port as {@link PortLabels} writes it.
     */
    static String label(Connection connection, DiagramLayout layout) {
        StringBuilder text = new StringBuilder(PortLabels.of(connection.port()));
        if (namesItself(connection.from(), layout)) {
            text.append(" from ").append(name(connection.from(), layout));
        }
        if (namesItself(connection.to(), layout)) {
            text.append(" to ").append(name(connection.to(), layout));
        }
        return text.toString();
    }

    private static String name(Endpoint end, DiagramLayout layout) {
        DiagramLayout.Lane lane = end instanceof Endpoint.ZoneRef zone ? layout.lane(zone.id()) : null;
        return lane == null ? end.text() : lane.zone().displayName();
    }

    /**
     * Whether the label must name an end: a zone does, and a range drawn at its lane's title; a box, a range's
     * node and the every-service rail are labelled themselves.
     */
    private static boolean namesItself(Endpoint endpoint, DiagramLayout layout) {
        return endpoint instanceof Endpoint.ZoneRef
                || endpoint instanceof Endpoint.Network && !layout.ranges().containsKey(endpoint.text());
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }

    /** The last segment's start: the arrow head points from here to {@link #end()}. */
    public Point beforeEnd() {
        return points.get(points.size() - 2);
    }

    /** Whether any segment of the arrow, or its label, meets the rectangle. */
    public boolean meets(double minX, double minY, double maxX, double maxY) {
        double halfWidth = labelWidth(label) / 2;
        if (labelCentre.x() + halfWidth >= minX && labelCentre.x() - halfWidth <= maxX
                && labelCentre.y() + LABEL_HEIGHT / 2 >= minY && labelCentre.y() - LABEL_HEIGHT / 2 <= maxY) {
            return true;
        }
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (Math.max(a.x(), b.x()) >= minX && Math.min(a.x(), b.x()) <= maxX
                    && Math.max(a.y(), b.y()) >= minY && Math.min(a.y(), b.y()) <= maxY
                    && (a.x() == b.x() || a.y() == b.y()
                    || Polylines.crossesInside(a, b, minX - 1e-6, minY - 1e-6, maxX + 1e-6, maxY + 1e-6))) {
                return true;
            }
        }
        return false;
    }
}
