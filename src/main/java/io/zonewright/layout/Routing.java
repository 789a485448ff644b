package io.zonewright.layout;

import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrows of a whole diagram: each connection routed around the boxes by the {@link OrthogonalRouter},
 * arrows that share a stretch spread apart by {@link ParallelSpread}, and each label put where no box and
 * no other label covers it by {@link LabelPlaces}. Routing is the costly step: a new routing takes over
 * every route of the previous one whose ends are where they were, or moved with their lanes
 * ({@link LaneShift}), and across which no box now lies, so an edit re-routes only the arrows it touches.
 * An arrow whose way a box left keeps its bend around the empty place until one of its ends moves: the rest
 * of the picture stays as the user last saw it.
 *
 * <p>Above {@link #ROUTED_LIMIT} connections the arrows are straight: a picture of that many arrows is read
 * by its overlays and filters, not by following a line, and the first routing of them all would take more
 * than a second.</p>
 */
public final class Routing {

    /** The most connections routed around boxes; designs with more get straight arrows. */
    public static final int ROUTED_LIMIT = 6000;

    private final DiagramLayout layout;
    private final List<ConnectionRoute> routes;
    /**
     * Each drawn connection's ends and its route as the router found it, before spreading, in drawing order;
     * a route is null where a provisional routing drew the arrow straight, for the next routing to search.
     */
    private final List<RouteKey> keys;
    private final List<List<Point>> paths;
    private final OrthogonalRouter router;
    /** The arrows spread apart, kept for the next routing to spread only where arrows changed; null if straight. */
    private final ParallelSpread spread;
    /** False for a provisional routing that left some arrows straight for the router to place. */
    private final boolean complete;

    /** The ends a route joins: routes between the same two ends are the same until the boxes around change. */
    private record RouteKey(DiagramLayout.Rect from, DiagramLayout.Rect to) {
    }

    private Routing(DiagramLayout layout, List<ConnectionRoute> routes, List<RouteKey> keys, List<List<Point>> paths,
                    OrthogonalRouter router, ParallelSpread spread, boolean complete) {
        this.complete = complete;
        this.spread = spread;
        this.layout = layout;
        this.routes = routes;
        this.keys = keys;
        this.paths = paths;
        this.router = router;
    }

    /** The arrows of every connection that has both ends in the layout, in the topology's order. */
    public static Routing of(Topology topology, DiagramLayout layout) {
        return of(topology, layout, null);
    }

    /** The same, reusing what {@code previous} (a routing of an earlier version) found and is still valid. */
    public static Routing of(Topology topology, DiagramLayout layout, Routing previous) {
        return of(topology, layout, previous, true);
    }

    /**
     * A routing made at once, to show while {@link #of} works the real one out: what {@code previous} found
     * and is still valid, and straight arrows for the rest.
     */
    public static Routing provisional(Topology topology, DiagramLayout layout, Routing previous) {
        return of(topology, layout, previous, false);
    }

    private static Routing of(Topology topology, DiagramLayout layout, Routing previous, boolean routeNew) {
        List<Connection> drawn = new ArrayList<>(topology.connections().size());
        List<RouteKey> keys = new ArrayList<>(topology.connections().size());
        for (Connection c : topology.connections()) {
            DiagramLayout.Rect from = layout.anchor(c.from());
            DiagramLayout.Rect to = layout.anchor(c.to());
            if (from != null && to != null) {
                drawn.add(c);
                keys.add(new RouteKey(facing(c.from(), from, to), facing(c.to(), to, from)));
            }
        }
        OrthogonalRouter router = OrthogonalRouter.of(layout);
        if (drawn.size() > ROUTED_LIMIT) {
            List<List<Point>> straight = keys.stream().map(k -> OrthogonalRouter.straight(k.from(), k.to())).toList();
            return new Routing(layout, straightLabelled(drawn, straight, layout), keys, straight, router, null, true);
        }
        LaneShift shift = previous == null ? LaneShift.NONE : LaneShift.between(previous.layout, layout);
        int[] was = previous == null ? null : previous.indicesOf(drawn);
        List<DiagramLayout.Rect> displaced = previous == null ? List.of() : previous.displacedIn(layout, shift);
        List<List<Point>> paths = previous == null ? new ArrayList<>(Collections.nCopies(drawn.size(), null))
                : previous.carriedOver(keys, was, displaced, shift, router);
        BitSet carried = new BitSet(paths.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i) == null) {
                missing.add(i);
            } else {
                carried.set(i);
            }
        }
        // What the next routing may carry over: every route, or for a provisional one only those it did not draw straight.
        List<List<Point>> searchedOnly = routeNew ? null : Collections.unmodifiableList(new ArrayList<>(paths));
        if (routeNew) {
            // The router only reads the boxes: the searches share nothing and run on every core.
            List<RouteKey> sought = missing.stream().map(keys::get).distinct().toList();
            List<List<Point>> searched = sought.parallelStream().map(k -> router.route(k.from(), k.to())).toList();
            Map<RouteKey, List<Point>> byEnds = new HashMap<>(sought.size() * 2);
            for (int i = 0; i < sought.size(); i++) {
                byEnds.put(sought.get(i), searched.get(i));
            }
            missing.forEach(i -> paths.set(i, byEnds.get(keys.get(i))));
        } else {
            missing.forEach(i -> paths.set(i, OrthogonalRouter.straight(keys.get(i).from(), keys.get(i).to())));
        }
        List<List<Point>> routed = List.copyOf(paths);
        ParallelSpread spread = previous != null && previous.spread != null
                ? previous.spread.next(routed, was, carried, shift) : ParallelSpread.of(routed);
        Earlier earlier = previous == null ? null
                : new Earlier(previous, was, shift, previous.frameMovesTo(layout, shift));
        LabelPlaces labels = earlier != null && earlier.frameKept()
                ? new LabelPlaces(router, layout, displaced) : new LabelPlaces(router, layout);
        List<ConnectionRoute> routes = labelled(drawn, spread.spread(), layout, labels, earlier);
        return new Routing(layout, routes, keys, routeNew ? routed : searchedOnly, router, spread,
                routeNew || missing.isEmpty());
    }

    /** For each connection, the index its arrow had in this routing, or -1 for a connection this one did not draw. */
    private int[] indicesOf(List<Connection> drawn) {
        int[] was = new int[drawn.size()];
        if (drew(drawn)) {
            Arrays.setAll(was, i -> i);
            return was;
        }
        Map<String, Integer> index = new HashMap<>(routes.size() * 2);
        for (int i = 0; i < routes.size(); i++) {
            index.put(routes.get(i).connection().id(), i);
        }
        for (int i = 0; i < drawn.size(); i++) {
            was[i] = index.getOrDefault(drawn.get(i).id(), -1);
        }
        return was;
    }

    /** Whether this routing drew these connections, in this order (each by its id). */
    private boolean drew(List<Connection> connections) {
        if (connections.size() != routes.size()) {
            return false;
        }
        for (int i = 0; i < connections.size(); i++) {
            if (!connections.get(i).id().equals(routes.get(i).connection().id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * What an earlier routing leaves to this one: its arrows ({@code was} as {@link #indicesOf} gives it), how
     * the lanes moved, and whether the diagram's frame only moved with its lanes ({@link #frameMovesTo}).
     */
    private record Earlier(Routing routing, int[] was, LaneShift shift, boolean frameKept) {
        ConnectionRoute route(int i) {
            return was[i] < 0 ? null : routing.routes.get(was[i]);
        }
    }

    /**
     * Whether a new layout's frame is this routing's moved with its lanes: the same zones in the same order,
     * the same range nodes, and no lane nearer to the one above. Then what a label was clear of (boxes, titles,
     * range nodes) it is still clear of, moved with its lane, but for the boxes that moved otherwise.
     */
    private boolean frameMovesTo(DiagramLayout next, LaneShift shift) {
        if (!shift.keepsDistances() || layout.lanes().size() != next.lanes().size()
                || !layout.ranges().keySet().equals(next.ranges().keySet())) {
            return false;
        }
        for (int i = 0; i < layout.lanes().size(); i++) {
            if (!layout.lanes().get(i).zone().equals(next.lanes().get(i).zone())) {
                return false;
            }
        }
        for (DiagramLayout.RangeNode range : layout.ranges().values()) {
            if (!shift.map(range.rect()).equals(next.ranges().get(range.network().text()).rect())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The arrows with their labels. A label stays where it was (moved with its lane) while its arrow still
     * runs by it and no box covers it, so that an edit moves only the labels of the arrows it moved; the other
     * labels then take the best places left. In a frame that only moved with its lanes, only the boxes that
     * moved otherwise can have come over a label.
     */
    private static List<ConnectionRoute> labelled(List<Connection> drawn, List<List<Point>> paths, DiagramLayout layout,
                                                  LabelPlaces labels, Earlier earlier) {
        String[] texts = new String[drawn.size()];
        Point[] spots = new Point[drawn.size()];
        for (int i = 0; i < drawn.size(); i++) {
            ConnectionRoute before = earlier == null ? null : earlier.route(i);
            // A label depends on the connection and, for a zone or a range, on the frame.
            texts[i] = before != null && earlier.frameKept() && before.connection() == drawn.get(i)
                    ? before.label() : ConnectionRoute.label(drawn.get(i), layout);
            if (before == null || !before.label().equals(texts[i])) {
                continue;
            }
            Point was = before.labelCentre();
            double y = earlier.shift().y(was.y());
            Point spot = y == was.y() ? was : new Point(was.x(), y);
            spots[i] = labels.keep(spot, texts[i], paths.get(i)) ? spot : null;
        }
        List<ConnectionRoute> routes = new ArrayList<>(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            Point spot = spots[i] != null ? spots[i] : labels.place(paths.get(i), texts[i]);
            routes.add(new ConnectionRoute(drawn.get(i), paths.get(i), texts[i], spot));
        }
        return List.copyOf(routes);
    }

    /** Straight arrows past the routing limit, each label at a fixed place along its arrow. */
    private static List<ConnectionRoute> straightLabelled(List<Connection> drawn, List<List<Point>> paths,
                                                          DiagramLayout layout) {
        List<ConnectionRoute> routes = new ArrayList<>(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            Connection c = drawn.get(i);
            routes.add(new ConnectionRoute(c, paths.get(i), ConnectionRoute.label(c, layout), along(paths.get(i), 0.4)));
        }
        return List.copyOf(routes);
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
        List<Point> points = routes.size() <= ROUTED_LIMIT ? router.route(from, to) : OrthogonalRouter.straight(from, to);
        return new ConnectionRoute(connection, points, ConnectionRoute.label(connection, layout), along(points, 0.5));
    }

    /** The boxes of a new layout that moved otherwise than their lanes since this routing: added or dragged. */
    private List<DiagramLayout.Rect> displacedIn(DiagramLayout next, LaneShift shift) {
        List<DiagramLayout.Rect> displaced = new ArrayList<>();
        next.boxes().forEach((id, box) -> {
            DiagramLayout.Box before = layout.box(id);
            if (before == null || !shift.map(before.rect()).equals(box.rect())) {
                displaced.add(box.rect());
            }
        });
        return displaced;
    }

    /**
     * The routes found here that a new layout leaves valid, moved with their lanes, for the connections drawn at
     * {@code keys} ({@code was} as {@link #indicesOf} gives it); null where a route must be found again: a new
     * connection, one a provisional routing left straight, one whose ends moved otherwise than their lanes, one
     * across which a displaced box now lies, and when a lane came nearer to the one above it, one that any box
     * now comes too near. A routing past the limit has no routes to give.
     */
    private List<List<Point>> carriedOver(List<RouteKey> next, int[] was, List<DiagramLayout.Rect> displaced,
                                          LaneShift shift, OrthogonalRouter nextRouter) {
        List<List<Point>> out = new ArrayList<>(Collections.nCopies(next.size(), null));
        if (spread == null) {
            return out;
        }
        boolean checkEveryBox = !shift.keepsDistances();
        for (int i = 0; i < next.size(); i++) {
            if (was[i] < 0) {
                continue;
            }
            RouteKey key = keys.get(was[i]);
            RouteKey now = next.get(i);
            if (paths.get(was[i]) != null
                    && now.from().equals(shift.map(key.from())) && now.to().equals(shift.map(key.to()))) {
                List<Point> moved = shift.map(paths.get(was[i]));
                if (checkEveryBox ? nextRouter.isClear(moved, now.from(), now.to()) : clearOf(moved, displaced)) {
                    out.set(i, moved);
                }
            }
        }
        return out;
    }

    private static boolean clearOf(List<Point> route, List<DiagramLayout.Rect> boxes) {
        for (DiagramLayout.Rect box : boxes) {
            if (OrthogonalRouter.passesNear(route, box)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where an arrow meets an end: a box as it is; a broad end (a lane's title for a zone or a range, the
     * diagram's edge for every service) at the point of its side that faces the other end, level with it,
     * so that such arrows arrive side by side rather than all at one middle.
     */
    private static DiagramLayout.Rect facing(Endpoint endpoint, DiagramLayout.Rect end, DiagramLayout.Rect other) {
        if (endpoint instanceof Endpoint.ServiceRef) {
            return end;
        }
        double inset = Math.min(8, end.height() / 2);
        double y = Math.max(end.y() + inset, Math.min(other.centerY(), end.y() + end.height() - inset));
        double x = end.centerX() < other.centerX() ? end.x() + end.width() : end.x();
        return new DiagramLayout.Rect(x - 1, y - 1, 2, 2);
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
