package io.zonewright.layout;

import io.zonewright.Designs;
import io.zonewright.GeneratedTopologies;
import io.zonewright.analysis.EndpointResolver;
import io.zonewright.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The diagram cannot be misread: on every sample and on generated designs, no arrow runs through a box it
 * does not end at, no label lies on a box or on another label, and arrows that share a stretch are apart.
 */
class RoutingGeometryTest {

    /** A design drawn: its layout and its routing, found whole or from the routing before an edit. */
    record Drawn(String name, Topology topology, DiagramLayout layout, Routing routing) {
        static Drawn whole(String name, Topology topology) {
            DiagramLayout layout = DiagramLayout.of(topology, false, EndpointResolver.zoneIds(topology));
            return new Drawn(name, topology, layout, Routing.of(topology, layout));
        }

        /** The design after one box was dragged by (dx, dy), routed from the routing before the drag. */
        Drawn afterDragging(String name, int index, double dx, double dy) {
            io.zonewright.model.Service moved = topology.services().get(index);
            DiagramLayout.Box box = layout.box(moved.id());
            double laneTop = layout.lane(moved.zone()).y();
            Topology after = io.zonewright.edit.TopologyEdits.moveServices(topology, java.util.Map.of(moved.id(),
                    new io.zonewright.edit.TopologyEdits.Placement(moved.zone(),
                            new io.zonewright.model.Position(box.x() + dx, box.y() - laneTop + dy))));
            DiagramLayout next = DiagramLayout.of(after, false, EndpointResolver.zoneIds(after));
            return new Drawn(name, after, next, Routing.of(after, next, routing));
        }

        List<ConnectionRoute> routes() {
            return routing.routes();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A service of the generated design whose box, nudged 30 px right and 10 up, lands on a dozen arrows. */
    private static final int NUDGED = 300;

    static Stream<Drawn> designs() {
        Drawn generated = Drawn.whole("generated 500", GeneratedTopologies.generate(500, 1200, 11));
        // Routings taken over from the one before: a box nudged into the channel beside it, where arrows ran;
        // dragged below its lane's last row, it pushes the lanes under it down; dragged back, pulls them up.
        Drawn nudged = generated.afterDragging("generated 500, a box nudged into a channel", NUDGED, 30, -10);
        Drawn down = generated.afterDragging("generated 500, a box dragged below its lane", 250, 0, 400);
        Drawn back = down.afterDragging("generated 500, the box dragged back", 250, 0, -400);
        return Stream.of(
                Drawn.whole("three-zone-webapp", Designs.load(Designs.ARTICLE)),
                Drawn.whole("kubernetes-shop", Designs.load(Designs.SHOP)),
                Drawn.whole("flawed-design", Designs.load(Designs.FLAWED)),
                Drawn.whole("generated 50", GeneratedTopologies.generate(50, 120, 7)),
                generated, nudged, down, back);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void noArrowCrossesABoxItDoesNotEndAt(Drawn drawn) {
        DiagramLayout layout = drawn.layout();
        List<ConnectionRoute> routes = drawn.routes();
        assertTrue(routes.size() > 0);
        SpatialIndex boxes = new SpatialIndex(layout.boxes().values().stream().map(DiagramLayout.Box::rect).toList(), 400);
        List<String> crossings = new ArrayList<>();
        for (ConnectionRoute route : routes) {
            OrthogonalRouterTest.assertOrthogonal(route.points());
            DiagramLayout.Rect from = layout.anchor(route.connection().from());
            DiagramLayout.Rect to = layout.anchor(route.connection().to());
            for (int i = 1; i < route.points().size(); i++) {
                Point a = route.points().get(i - 1);
                Point b = route.points().get(i);
                for (DiagramLayout.Rect box : boxes.within(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()),
                        Math.max(a.x(), b.x()), Math.max(a.y(), b.y()))) {
                    boolean end = box.equals(from) || box.equals(to);
                    if (!end && Polylines.crossesInside(a, b, box.x(), box.y(), box.x() + box.width(), box.y() + box.height())) {
                        crossings.add(route.connection().id() + " crosses the box at " + box);
                    }
                }
            }
        }
        assertEquals(List.of(), crossings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void noLabelLiesOnABoxOrOnAnotherLabel(Drawn drawn) {
        DiagramLayout layout = drawn.layout();
        List<ConnectionRoute> routes = drawn.routes();
        List<DiagramLayout.Rect> labels = routes.stream().map(RoutingGeometryTest::labelRect).toList();
        SpatialIndex boxes = new SpatialIndex(layout.boxes().values().stream().map(DiagramLayout.Box::rect).toList(), 400);
        SpatialIndex others = new SpatialIndex(labels, 400);
        List<String> onBoxes = new ArrayList<>();
        List<String> onLabels = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            DiagramLayout.Rect label = labels.get(i);
            for (DiagramLayout.Rect box : boxes.within(label.x(), label.y(), label.x() + label.width(), label.y() + label.height())) {
                if (overlap(label, box)) {
                    onBoxes.add(routes.get(i).connection().id() + "'s label lies on the box at " + box);
                }
            }
            for (DiagramLayout.Rect mark : LabelPlaces.headerMarks(layout)) {
                if (overlap(label, mark)) {
                    onBoxes.add(routes.get(i).connection().id() + "'s label lies on a lane's title or a range node at " + mark);
                }
            }
            for (DiagramLayout.Rect other : others.within(label.x(), label.y(), label.x() + label.width(), label.y() + label.height())) {
                if (other != label && overlap(label, other)) {
                    onLabels.add(routes.get(i).connection().id() + "'s label lies on another label");
                }
            }
        }
        assertEquals(List.of(), onBoxes);
        // A random design of long crossing arrows leaves some labels nowhere free; the samples leave none.
        int allowed = crowded(drawn) ? routes.size() / 10 : 0;
        assertTrue(onLabels.size() <= allowed, onLabels.size() + " labels on others, at most " + allowed + ": "
                + onLabels.subList(0, Math.min(10, onLabels.size())));
    }

    /** The large generated design: 1,200 random arrows across 500 services, in channels shared by dozens. */
    private static boolean crowded(Drawn drawn) {
        return drawn.name().startsWith("generated 500");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void arrowsThatShareAStretchAreApart(Drawn drawn) {
        List<ConnectionRoute> routes = drawn.routes();
        List<String> onTop = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            for (int s = r + 1; s < routes.size(); s++) {
                if (shareAStretch(routes.get(r).points(), routes.get(s).points())) {
                    onTop.add(routes.get(r).connection().id() + " and " + routes.get(s).connection().id());
                }
            }
            if (routes.size() > 300 && r > 300) {
                break;
            }
        }
        // Where dozens of arrows share one channel, a few end up on a neighbour's line; elsewhere none.
        int allowed = crowded(drawn) ? routes.size() / 100 : 0;
        assertTrue(onTop.size() <= allowed, "arrows drawn on top of each other: " + onTop);
    }

    private static boolean shareAStretch(List<Point> a, List<Point> b) {
        for (int i = 1; i < a.size(); i++) {
            for (int j = 1; j < b.size(); j++) {
                Point a1 = a.get(i - 1);
                Point a2 = a.get(i);
                Point b1 = b.get(j - 1);
                Point b2 = b.get(j);
                boolean horizontal = a1.y() == a2.y() && b1.y() == b2.y() && a1.y() == b1.y();
                boolean vertical = a1.x() == a2.x() && b1.x() == b2.x() && a1.x() == b1.x();
                if (horizontal && overlapLength(a1.x(), a2.x(), b1.x(), b2.x()) > 1
                        || vertical && overlapLength(a1.y(), a2.y(), b1.y(), b2.y()) > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double overlapLength(double a1, double a2, double b1, double b2) {
        return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
    }

    static DiagramLayout.Rect labelRect(ConnectionRoute route) {
        double width = ConnectionRoute.labelWidth(route.label());
        return new DiagramLayout.Rect(route.labelCentre().x() - width / 2,
                route.labelCentre().y() - ConnectionRoute.LABEL_HEIGHT / 2, width, ConnectionRoute.LABEL_HEIGHT);
    }

    private static boolean overlap(DiagramLayout.Rect a, DiagramLayout.Rect b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }


    @org.junit.jupiter.api.Test
    void anArrowFromAWholeZoneSaysWhichByTheNameItsLaneShows() {
        Topology article = Designs.load(Designs.ARTICLE);
        Routing routing = Routing.of(article, DiagramLayout.of(article));
        ConnectionRoute inbound = routing.routes().stream()
                .filter(r -> r.connection().id().equals("zone:internet->lb:443/tcp")).findFirst().orElseThrow();
        assertEquals("443 from Internet", inbound.label());
    }

    @org.junit.jupiter.api.Test
    void aProvisionalRoutingIsCompleteOnlyWhenNothingIsLeftForTheRouter() {
        Topology design = GeneratedTopologies.generate(50, 120, 7);
        DiagramLayout layout = DiagramLayout.of(design);
        Routing routed = Routing.of(design, layout);
        Routing same = Routing.provisional(design, layout, routed);
        assertTrue(same.isComplete(), "nothing moved: every route is still valid");
        assertEquals(routed.routes(), same.routes());
        io.zonewright.model.Service first = design.services().get(0);
        Topology moved = io.zonewright.edit.TopologyEdits.moveServices(design, java.util.Map.of(first.id(),
                new io.zonewright.edit.TopologyEdits.Placement(first.zone(), new io.zonewright.model.Position(3000, 40))));
        Routing afterMove = Routing.provisional(moved, DiagramLayout.of(moved), routed);
        assertTrue(!afterMove.isComplete(), "the moved box's arrows are left for the router");
        Topology large = GeneratedTopologies.generate(400, Routing.ROUTED_LIMIT + 100, 5);
        assertTrue(Routing.provisional(large, DiagramLayout.of(large), null).isComplete(),
                "past routing, straight arrows are all there is");
    }

    @org.junit.jupiter.api.Test
    void theArrowsAProvisionalRoutingLeftStraightAreSearchedByTheNextRouting() {
        // Two quick edits in a large design: the second routing starts from the first's provisional one.
        Topology design = GeneratedTopologies.generate(50, 120, 7);
        Routing routed = Routing.of(design, DiagramLayout.of(design));
        io.zonewright.model.Service first = design.services().get(0);
        Topology moved = io.zonewright.edit.TopologyEdits.moveServices(design, java.util.Map.of(first.id(),
                new io.zonewright.edit.TopologyEdits.Placement(first.zone(), new io.zonewright.model.Position(3000, 40))));
        DiagramLayout layout = DiagramLayout.of(moved);
        Routing provisional = Routing.provisional(moved, layout, routed);
        Routing next = Routing.of(moved, layout, provisional);
        List<ConnectionRoute> own = next.routes().stream().filter(r -> r.connection().from().text().equals(first.id())
                || r.connection().to().text().equals(first.id())).toList();
        assertTrue(!own.isEmpty());
        for (ConnectionRoute route : own) {
            OrthogonalRouterTest.assertOrthogonal(route.points());
        }
        assertTrue(Routing.provisional(moved, layout, next).isComplete(), "nothing is left straight");
    }

    @org.junit.jupiter.api.Test
    void anEditFindsAgainTheArrowsItTouchesAndLeavesTheOthersWhereTheyWere() {
        Drawn before = Drawn.whole("generated 500", GeneratedTopologies.generate(500, 1200, 11));
        Drawn after = before.afterDragging("nudged", NUDGED, 30, -10);
        String moved = before.topology().services().get(NUDGED).id();
        DiagramLayout.Rect now = after.layout().box(moved).rect();
        java.util.Map<String, ConnectionRoute> was = new java.util.HashMap<>();
        before.routes().forEach(r -> was.put(r.connection().id(), r));
        int crossed = 0;
        int untouched = 0;
        int unchanged = 0;
        for (ConnectionRoute route : after.routes()) {
            ConnectionRoute earlier = was.get(route.connection().id());
            boolean ends = route.connection().from().text().equals(moved) || route.connection().to().text().equals(moved);
            if (ends) {
                continue;
            }
            if (OrthogonalRouter.passesNear(earlier.points(), now)) {
                crossed++;
                assertTrue(!crossesBox(route.points(), now), route.connection().id() + " found again around the box");
            } else {
                untouched++;
                if (earlier.points().equals(route.points()) && earlier.labelCentre().equals(route.labelCentre())) {
                    unchanged++;
                }
            }
        }
        assertTrue(crossed >= 5, "the box lands where " + crossed + " arrows ran");
        // Only labels that the box now covers move, and those of arrows that gave them room.
        assertTrue(unchanged >= untouched * 0.95, unchanged + " of " + untouched + " other arrows drawn exactly as they were");
    }

    private static boolean crossesBox(List<Point> points, DiagramLayout.Rect box) {
        return Polylines.crossesInside(points, box.x(), box.y(), box.x() + box.width(), box.y() + box.height());
    }
}
