package io.zonewright.layout;

import io.zonewright.analysis.EndpointResolver;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a connection's arrow runs: from the border of one anchor to the border of the other, shifted
 * sideways by {@code offset} when several connections join the same two anchors, so that their arrows and
 * labels do not lie on top of each other. Shared by the editor and the exports.
 */
public record ConnectionRoute(Connection connection, DiagramLayout.Rect from, DiagramLayout.Rect to, double offset) {

    /** Space between the arrows of connections that join the same two boxes. */
    public static final double PARALLEL_GAP = 16;

    /** The routes of every connection that has both ends in the layout, in the topology's order. */
    public static List<ConnectionRoute> of(Topology t, DiagramLayout layout) {
        EndpointResolver resolver = null;
        List<Connection> drawn = new ArrayList<>(t.connections().size());
        List<DiagramLayout.Rect[]> anchors = new ArrayList<>(t.connections().size());
        Map<List<DiagramLayout.Rect>, Integer> parallel = new HashMap<>();
        for (Connection c : t.connections()) {
            boolean simple = c.from() instanceof Endpoint.ServiceRef && c.to() instanceof Endpoint.ServiceRef;
            if (!simple && resolver == null) {
                // Zones and networks need resolving; most designs have few, so the resolver is made on demand.
                resolver = new EndpointResolver(t);
            }
            DiagramLayout.Rect from = layout.anchor(c.from(), resolver);
            DiagramLayout.Rect to = layout.anchor(c.to(), resolver);
            if (from != null && to != null) {
                drawn.add(c);
                anchors.add(new DiagramLayout.Rect[] {from, to});
                parallel.merge(pairKey(from, to), 1, Integer::sum);
            }
        }
        List<ConnectionRoute> out = new ArrayList<>(drawn.size());
        Map<List<DiagramLayout.Rect>, Integer> seen = new HashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            DiagramLayout.Rect from = anchors.get(i)[0];
            DiagramLayout.Rect to = anchors.get(i)[1];
            List<DiagramLayout.Rect> key = pairKey(from, to);
            int count = parallel.get(key);
            int index = seen.merge(key, 1, Integer::sum) - 1;
            double offset = count == 1 ? 0 : (index - (count - 1) / 2.0) * PARALLEL_GAP;
            // The key orders the anchors, so an offset means the same side for A->B and B->A.
            boolean reversed = !key.get(0).equals(from);
            out.add(new ConnectionRoute(drawn.get(i), from, to, reversed ? -offset : offset));
        }
        return out;
    }

    /** The two anchors in a fixed order, so that A->B and B->A share a key. */
    private static List<DiagramLayout.Rect> pairKey(DiagramLayout.Rect a, DiagramLayout.Rect b) {
        boolean ordered = a.x() < b.x() || a.x() == b.x() && a.y() <= b.y();
        return ordered ? List.of(a, b) : List.of(b, a);
    }

    /**
     * The arrow's label: the port, and where an end is broader than a service, what it stands for, since
     * such an arrow ends at a lane title or the diagram's edge rather than at a box.
     */
    public String label() {
        StringBuilder text = new StringBuilder(connection.port().toString());
        if (!(connection.from() instanceof Endpoint.ServiceRef)) {
            text.append(" from ").append(broad(connection.from()));
        }
        if (!(connection.to() instanceof Endpoint.ServiceRef)) {
            text.append(" to ").append(broad(connection.to()));
        }
        return text.toString();
    }

    private static String broad(Endpoint endpoint) {
        return endpoint instanceof Endpoint.AllServices ? "every service" : endpoint.text();
    }

    /** Where the arrow starts and ends: {@code {x1, y1, x2, y2}}. */
    public double[] segment() {
        double[] start = from.borderPoint(to.centerX(), to.centerY());
        double[] end = to.borderPoint(from.centerX(), from.centerY());
        double dx = end[0] - start[0];
        double dy = end[1] - start[1];
        double length = Math.hypot(dx, dy);
        double nx = length == 0 ? 0 : -dy / length * offset;
        double ny = length == 0 ? 0 : dx / length * offset;
        return new double[] {start[0] + nx, start[1] + ny, end[0] + nx, end[1] + ny};
    }

    /** Where the port label goes: 40% of the way, so that the labels of A->B and B->A do not meet. */
    public double[] labelPoint() {
        double[] s = segment();
        return new double[] {s[0] + (s[2] - s[0]) * 0.4, s[1] + (s[3] - s[1]) * 0.4};
    }

    /** Whether the line between the anchors' centres crosses the rectangle (Liang-Barsky clipping). */
    public boolean crosses(double minX, double minY, double maxX, double maxY) {
        double x0 = from.centerX();
        double y0 = from.centerY();
        double dx = to.centerX() - x0;
        double dy = to.centerY() - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - minX, maxX - x0, y0 - minY, maxY - y0};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
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
        return t0 <= t1;
    }
}
