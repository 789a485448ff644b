package io.zonewright.layout;

import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where everything of a diagram goes: one horizontal lane per zone in trust order, each sized to its
 * services, a box per service, and a node per address range that connections name, in the header of the
 * lane it lies in. A service's position in the file's layout is relative to its lane
 * (x from the left edge, y from the lane's top), so that lanes can grow without moving anyone; services
 * without a position are placed in rows, in canonical order. Free of JavaFX, so exports can use it too.
 */
public final class DiagramLayout {

    public static final double LANE_HEADER = 150;
    public static final double BOX_WIDTH = 160;
    public static final double BOX_HEIGHT = 64;
    public static final double GAP_X = 48;
    public static final double GAP_Y = 40;
    public static final double PADDING = 28;
    public static final int PER_ROW = 8;
    /** Room at the right for the rail that arrows to or from every service ('*') meet. */
    public static final double EVERY_SERVICE_RAIL = 90;
    /** The height a lane's title and role take at the top of its header. */
    public static final double TITLE_HEIGHT = 56;
    /** Where a lane's first address-range node starts, below its title and role; and each node's size. */
    public static final double RANGE_TOP = 62;
    public static final double RANGE_HEIGHT = 24;
    private static final double RANGE_GAP = 6;
    private static final double RANGE_INSET = 8;

    private final List<Lane> lanes;
    private final Map<String, Box> boxes;
    private final Map<String, RangeNode> ranges;
    /** The zone an address range lies in, as the analysis reads it; null for a range in none. */
    private final Function<Endpoint, String> zoneIdOf;
    private final double width;
    private final double height;
    private final boolean everyServiceRail;

    /** A zone's swimlane, across the whole diagram. */
    public record Lane(Zone zone, double y, double height) {
        public boolean contains(double py) {
            return py >= y && py < y + height;
        }
    }

    /** A service's box, in diagram coordinates. */
    public record Box(Service service, double x, double y) {
        public Rect rect() {
            return new Rect(x, y, BOX_WIDTH, BOX_HEIGHT);
        }
    }

    /** An address range (the internet's 0.0.0.0/0, a partner's network) drawn as a node in its lane's header. */
    public record RangeNode(Endpoint.Network network, String zoneId, Rect rect) {
    }

    /** A rectangle an arrow can start or end at. */
    public record Rect(double x, double y, double width, double height) {
        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }

        /** Whether the point lies in the rectangle, its edges included. */
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        /** Where the segment from the centre towards (tx, ty) leaves the rectangle. */
        public double[] borderPoint(double tx, double ty) {
            double dx = tx - centerX();
            double dy = ty - centerY();
            if (dx == 0 && dy == 0) {
                return new double[] {centerX(), centerY()};
            }
            double sx = dx == 0 ? Double.MAX_VALUE : (width / 2) / Math.abs(dx);
            double sy = dy == 0 ? Double.MAX_VALUE : (height / 2) / Math.abs(dy);
            double s = Math.min(sx, sy);
            return new double[] {centerX() + dx * s, centerY() + dy * s};
        }
    }

    private DiagramLayout(List<Lane> lanes, Map<String, Box> boxes, Map<String, RangeNode> ranges,
                          Function<Endpoint, String> zoneIdOf, double width, double height, boolean everyServiceRail) {
        this.everyServiceRail = everyServiceRail;
        this.lanes = lanes;
        this.boxes = boxes;
        this.ranges = ranges;
        this.zoneIdOf = zoneIdOf;
        this.width = width;
        this.height = height;
    }

    /**
     * The places of the lanes and boxes alone, for edits and arrangement: without the analysis's reading of
     * which lane an address range lies in ({@link #of(Topology, boolean, Function)}), ranges have no place.
     */
    public static DiagramLayout of(Topology topology) {
        return of(topology, false, endpoint -> null);
    }

    /**
     * The layout as drawn; {@code railAlways} draws the every-service rail even when no connection uses it
     * yet, as the editor does so that a connection can be dropped on it; {@code zoneIdOf} names the zone an
     * address range lies in (the analysis's reading), whose lane header then holds its node.
     */
    public static DiagramLayout of(Topology topology, boolean railAlways, Function<Endpoint, String> zoneIdOf) {
        Map<String, List<Endpoint.Network>> rangesByZone = rangesByZone(topology, zoneIdOf);
        List<Lane> lanes = new ArrayList<>();
        Map<String, Box> boxes = new HashMap<>();
        Map<String, RangeNode> ranges = new HashMap<>();
        double top = 0;
        double right = LANE_HEADER + PADDING + BOX_WIDTH + PADDING;
        for (Zone zone : topology.zones()) {
            List<Service> services = topology.servicesIn(zone.id());
            Map<String, Position> inLane = new HashMap<>();
            int unplaced = (int) services.stream().filter(s -> !topology.layout().containsKey(s.id())).count();
            int columns = columnsFor(unplaced);
            int auto = 0;
            double bottom = 0;
            for (Service s : services) {
                Position p = topology.layout().get(s.id());
                if (p == null) {
                    p = autoPosition(auto++, columns);
                }
                inLane.put(s.id(), p);
                bottom = Math.max(bottom, p.y() + BOX_HEIGHT);
                right = Math.max(right, p.x() + BOX_WIDTH + PADDING);
            }
            List<Endpoint.Network> inHeader = rangesByZone.getOrDefault(zone.id(), List.of());
            double headerBottom = RANGE_TOP + inHeader.size() * (RANGE_HEIGHT + RANGE_GAP);
            double laneHeight = Math.max(Math.max(BOX_HEIGHT + 2 * PADDING, bottom + PADDING), headerBottom + RANGE_GAP);
            for (Service s : services) {
                Position p = inLane.get(s.id());
                boxes.put(s.id(), new Box(s, p.x(), top + p.y()));
            }
            for (int i = 0; i < inHeader.size(); i++) {
                Rect rect = new Rect(RANGE_INSET, top + RANGE_TOP + i * (RANGE_HEIGHT + RANGE_GAP),
                        LANE_HEADER - 2 * RANGE_INSET, RANGE_HEIGHT);
                ranges.put(inHeader.get(i).text(), new RangeNode(inHeader.get(i), zone.id(), rect));
            }
            lanes.add(new Lane(zone, top, laneHeight));
            top += laneHeight;
        }
        boolean rail = railAlways || topology.connections().stream().anyMatch(c -> c.from() instanceof Endpoint.AllServices
                || c.to() instanceof Endpoint.AllServices);
        return new DiagramLayout(Collections.unmodifiableList(lanes), Collections.unmodifiableMap(boxes),
                Collections.unmodifiableMap(ranges), zoneIdOf, rail ? right + EVERY_SERVICE_RAIL : right, top, rail);
    }

    /** The address ranges the connections name, by the zone each lies in, each lane's in the order of their text. */
    private static Map<String, List<Endpoint.Network>> rangesByZone(Topology topology, Function<Endpoint, String> zoneIdOf) {
        Map<String, Endpoint.Network> named = new TreeMap<>();
        for (Connection c : topology.connections()) {
            for (Endpoint end : List.of(c.from(), c.to())) {
                if (end instanceof Endpoint.Network network) {
                    named.putIfAbsent(network.text(), network);
                }
            }
        }
        Map<String, List<Endpoint.Network>> out = new HashMap<>();
        for (Endpoint.Network network : named.values()) {
            String zoneId = zoneIdOf.apply(network);
            if (zoneId != null) {
                out.computeIfAbsent(zoneId, z -> new ArrayList<>()).add(network);
            }
        }
        return out;
    }

    /**
     * How many services a lane puts side by side: eight, or more for a crowded lane, so that a lane of
     * thousands is about three times as wide as it is tall rather than one long column of rows.
     */
    static int columnsFor(int services) {
        return Math.max(PER_ROW, (int) Math.ceil(Math.sqrt(services * 3.0)));
    }

    /** The n-th automatic place of a lane of eight columns, relative to the lane. */
    public static Position autoPosition(int n) {
        return autoPosition(n, PER_ROW);
    }

    private static Position autoPosition(int n, int columns) {
        int column = n % columns;
        int row = n / columns;
        return new Position(LANE_HEADER + PADDING + column * (BOX_WIDTH + GAP_X), PADDING + row * (BOX_HEIGHT + GAP_Y));
    }

    /**
     * Where the services of the given zones that have no position of their own are drawn in this layout of
     * {@code topology}, relative to their lanes. A move that places one of them pins these, or they would
     * flow into the place it left.
     */
    public Map<String, Position> autoPlaced(Topology topology, Set<String> zoneIds) {
        Map<String, Position> out = new HashMap<>();
        for (String zoneId : zoneIds) {
            Lane lane = lane(zoneId);
            for (Service s : topology.servicesIn(zoneId)) {
                Box box = boxes.get(s.id());
                if (lane != null && box != null && !topology.layout().containsKey(s.id())) {
                    out.put(s.id(), new Position(box.x(), box.y() - lane.y()));
                }
            }
        }
        return out;
    }

    /** The address-range nodes, by the range's text. */
    public Map<String, RangeNode> ranges() {
        return ranges;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** The box of a service, or null for an unknown id. */
    public Box box(String serviceId) {
        return boxes.get(serviceId);
    }

    public Map<String, Box> boxes() {
        return boxes;
    }

    /** The lane at a diagram height, or null outside every lane. */
    public Lane laneAt(double y) {
        for (Lane lane : lanes) {
            if (lane.contains(y)) {
                return lane;
            }
        }
        return null;
    }

    /**
     * Where an arrow to or from an endpoint attaches: a service's box, a zone's lane title, an address range's
     * node (or, for a range the design does not name, such as one an audit found deployed, the title of the
     * lane it lies in), or the every-service rail. Null when the endpoint is in no lane.
     */
    public Rect anchor(Endpoint endpoint) {
        if (endpoint instanceof Endpoint.ServiceRef ref) {
            Box box = boxes.get(ref.id());
            return box == null ? null : box.rect();
        }
        if (endpoint instanceof Endpoint.AllServices) {
            return everyServiceRail();
        }
        RangeNode range = ranges.get(endpoint.text());
        if (range != null) {
            return range.rect();
        }
        Lane lane = lane(endpoint instanceof Endpoint.ZoneRef zone ? zone.id() : zoneIdOf.apply(endpoint));
        return lane == null ? null : new Rect(0, lane.y(), LANE_HEADER, lane.height());
    }

    /**
     * The rail along the right edge that arrows to or from every service meet, drawn and labelled as such so
     * that no such arrow can be taken for one to the box that happens to lie there; null without one.
     */
    public Rect everyServiceRail() {
        return everyServiceRail ? new Rect(width - EVERY_SERVICE_RAIL / 2, 0, 6, height) : null;
    }

    public Lane lane(String zoneId) {
        for (Lane lane : lanes) {
            if (lane.zone().id().equals(zoneId)) {
                return lane;
            }
        }
        return null;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
