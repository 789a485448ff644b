package io.zonewright.layout;

import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The arrows of a whole diagram: each connection routed around the boxes by the {@link OrthogonalRouter},
 * arrows that share a stretch spread apart by {@link ParallelSpread}, and each label put where no box and
 * no other label covers it by {@link LabelPlaces}. Routing is the costly step: a new routing reuses every
 * route of the previous one whose ends are where they were and whose region no box entered or left, so an
 * edit re-routes only the arrows it touches.
 *
 * <p>Above {@link #ROUTED_LIMIT} connections the arrows are straight: a picture of that many arrows is read
 * by its overlays and filters, not by following a line, and routing them all would take seconds.</p>
 */
public final class Routing {

    /** The most connections routed around boxes; designs with more get straight arrows. */
    public static final int ROUTED_LIMIT = 2000;

    private final DiagramLayout layout;
    private final List<ConnectionRoute> routes;
    private final Map<RouteKey, OrthogonalRouter.Result> found;
    private final OrthogonalRouter router;
    /** False for a provisional routing that left some arrows straight for the router to place. */
    private final boolean complete;

    /** The ends a route joins: routes between the same two ends are the same until the boxes around change. */
    private record RouteKey(DiagramLayout.Rect from, DiagramLayout.Rect to) {
    }

    private Routing(DiagramLayout layout, List<ConnectionRoute> routes, Map<RouteKey, OrthogonalRouter.Result> found,
                    OrthogonalRouter router, boolean complete) {
        this.complete = complete;
        this.layout = layout;
        this.routes = routes;
        this.found = found;
        this.router = router;
    }

    /**
     * The arrows of every connection that has both ends in the layout, in the topology's order;
     * {@code zoneIdOf} names the zone a broad end (a zone, a range) lies in.
     */
    public static Routing of(Topology topology, DiagramLayout layout, Function<Endpoint, String> zoneIdOf) {
        return of(topology, layout, zoneIdOf, null);
    }

    /** The same, reusing what {@code previous} (a routing of an earlier version) found and is still valid. */
    public static Routing of(Topology topology, DiagramLayout layout, Function<Endpoint, String> zoneIdOf, Routing previous) {
        return of(topology, layout, zoneIdOf, previous, true);
    }

    /**
     * A routing made at once, to show while {@link #of} works the real one out: what {@code previous} found
     * and is still valid, and straight arrows for the rest.
     */
    public static Routing provisional(Topology topology, DiagramLayout layout, Function<Endpoint, String> zoneIdOf,
                                      Routing previous) {
        return of(topology, layout, zoneIdOf, previous, false);
    }

    private static Routing of(Topology topology, DiagramLayout layout, Function<Endpoint, String> zoneIdOf, Routing previous,
                              boolean routeNew) {
        Set<DiagramLayout.Rect> boxes = rects(layout);
        List<Connection> drawn = new ArrayList<>(topology.connections().size());
        List<RouteKey> keys = new ArrayList<>(topology.connections().size());
        for (Connection c : topology.connections()) {
            DiagramLayout.Rect from = layout.anchor(c.from(), zoneIdOf);
            DiagramLayout.Rect to = layout.anchor(c.to(), zoneIdOf);
            if (from != null && to != null) {
                drawn.add(c);
                keys.add(new RouteKey(facing(from, to, boxes), facing(to, from, boxes)));
            }
        }
        OrthogonalRouter router = OrthogonalRouter.of(layout);
        boolean routed = drawn.size() <= ROUTED_LIMIT;
        Map<RouteKey, OrthogonalRouter.Result> reusable = routed && previous != null
                ? previous.stillValid(layout) : Map.of();
        Map<RouteKey, OrthogonalRouter.Result> found = new HashMap<>();
        List<List<Point>> paths = new ArrayList<>(drawn.size());
        boolean complete = true;
        for (RouteKey key : keys) {
            if (!routed) {
                paths.add(straight(key.from(), key.to()));
                continue;
            }
            OrthogonalRouter.Result result = found.get(key);
            if (result == null) {
                result = reusable.get(key);
                if (result == null && !routeNew) {
                    paths.add(straight(key.from(), key.to()));
                    complete = false;
                    continue;
                }
                if (result == null) {
                    result = router.route(key.from(), key.to());
                }
                found.put(key, result);
            }
            paths.add(result.points());
        }
        List<List<Point>> spread = routed ? ParallelSpread.apart(paths) : paths;
        LabelPlaces labels = new LabelPlaces(router);
        List<ConnectionRoute> routes = new ArrayList<>(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            Connection c = drawn.get(i);
            List<Point> points = spread.get(i);
            String label = ConnectionRoute.label(c, layout);
            routes.add(new ConnectionRoute(c, points, label, routed ? labels.place(points, label) : along(points, 0.4)));
        }
        return new Routing(layout, List.copyOf(routes), found, router, complete);
    }

    /**
     * Whether every arrow is where the router puts it: always for {@link #of}, and for a provisional routing
     * when everything was still valid or the design is past routing (then there is nothing left to do).
     */
    public boolean isComplete() {
        return complete;
    }

    public List<ConnectionRoute> routes() {
        return routes;
    }

    /** An arrow between two ends that is not one of the design's connections (a removed one, a drift). */
    public ConnectionRoute single(Connection connection, DiagramLayout.Rect from, DiagramLayout.Rect to) {
        List<Point> points = routes.size() <= ROUTED_LIMIT ? router.route(from, to).points() : straight(from, to);
        return new ConnectionRoute(connection, points, ConnectionRoute.label(connection, layout), along(points, 0.5));
    }

    /**
     * The routes found here that a new layout leaves valid: both ends unchanged (the key says so) and no
     * box added, removed or moved within the region the route was found in.
     */
    private Map<RouteKey, OrthogonalRouter.Result> stillValid(DiagramLayout next) {
        Set<DiagramLayout.Rect> before = rects(layout);
        Set<DiagramLayout.Rect> after = rects(next);
        List<DiagramLayout.Rect> changed = new ArrayList<>();
        before.stream().filter(r -> !after.contains(r)).forEach(changed::add);
        after.stream().filter(r -> !before.contains(r)).forEach(changed::add);
        Map<RouteKey, OrthogonalRouter.Result> valid = new HashMap<>();
        found.forEach((key, result) -> {
            if (changed.stream().noneMatch(r -> meets(result.region(), r))) {
                valid.put(key, result);
            }
        });
        return valid;
    }

    /**
     * Where an arrow meets an end: a box as it is; a broad end (a lane's title for a zone or a range, the
     * diagram's edge for every service) at the point of its side that faces the other end, level with it,
     * so that such arrows arrive side by side rather than all at one middle.
     */
    private static DiagramLayout.Rect facing(DiagramLayout.Rect end, DiagramLayout.Rect other, Set<DiagramLayout.Rect> boxes) {
        if (boxes.contains(end)) {
            return end;
        }
        double inset = Math.min(8, end.height() / 2);
        double y = Math.max(end.y() + inset, Math.min(other.centerY(), end.y() + end.height() - inset));
        double x = end.centerX() < other.centerX() ? end.x() + end.width() : end.x();
        return new DiagramLayout.Rect(x - 1, y - 1, 2, 2);
    }

    private static Set<DiagramLayout.Rect> rects(DiagramLayout layout) {
        Set<DiagramLayout.Rect> out = new HashSet<>();
        layout.boxes().values().forEach(b -> out.add(b.rect()));
        return out;
    }

    private static boolean meets(DiagramLayout.Rect region, DiagramLayout.Rect box) {
        double c = OrthogonalRouter.CLEARANCE;
        return box.x() - c <= region.x() + region.width() && box.x() + box.width() + c >= region.x()
                && box.y() - c <= region.y() + region.height() && box.y() + box.height() + c >= region.y();
    }

    private static List<Point> straight(DiagramLayout.Rect from, DiagramLayout.Rect to) {
        double[] start = from.borderPoint(to.centerX(), to.centerY());
        double[] end = to.borderPoint(from.centerX(), from.centerY());
        return List.of(new Point(start[0], start[1]), new Point(end[0], end[1]));
    }

    /** The point a fraction of the way along a run. */
    static Point along(List<Point> points, double fraction) {
        double remaining = Polylines.length(points) * fraction;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (remaining <= length && length > 0) {
                double t = remaining / length;
                return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }
            remaining -= length;
        }
        return points.get(points.size() - 1);
    }
}
