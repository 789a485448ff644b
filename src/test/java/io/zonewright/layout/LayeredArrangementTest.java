package io.zonewright.layout;

import io.zonewright.Designs;
import io.zonewright.GeneratedTopologies;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.edit.TopologyEdits.Placement;
import io.zonewright.io.Progress;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayeredArrangementTest {

    static Stream<Arguments> designs() {
        return Stream.of(
                Arguments.of("three-zone-webapp", Designs.load(Designs.ARTICLE)),
                Arguments.of("kubernetes-shop", Designs.load(Designs.SHOP)),
                Arguments.of("generated 200", GeneratedTopologies.generate(200, 400, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyServiceGetsAPlaceInItsLaneAndNoBoxCoversAnother(String name, Topology design) {
        Map<String, Position> places = LayeredArrangement.whole(design, Progress.NONE);
        assertEquals(design.services().size(), places.size());
        DiagramLayout layout = DiagramLayout.of(arranged(design, places));
        for (Service s : design.services()) {
            Position p = places.get(s.id());
            assertTrue(p.x() >= DiagramLayout.LANE_HEADER + DiagramLayout.PADDING && p.y() >= DiagramLayout.PADDING,
                    s.id() + " is clear of its lane's title and top: " + p);
            assertEquals(s.zone(), layout.laneAt(layout.box(s.id()).y()).zone().id(), s.id() + " stays in its lane");
        }
        List<DiagramLayout.Box> boxes = List.copyOf(layout.boxes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(apart(boxes.get(i).rect(), boxes.get(j).rect()) < DiagramLayout.GAP_X / 2,
                        boxes.get(i).service().id() + " and " + boxes.get(j).service().id() + " keep a gap");
            }
        }
        assertEquals(places, LayeredArrangement.whole(design, Progress.NONE), "the same design is arranged the same way");
    }

    @Test
    void aChainWithinALaneRunsDownItsRowsInOrder() {
        Topology chain = Designs.parse("""
                zonewright: 1
                name: chain
                zones:
                  - {id: app, role: application, trust: 20}
                services:
                  - {id: a, zone: app, kind: api, listens: [443/tcp]}
                  - {id: b, zone: app, kind: api, listens: [443/tcp]}
                  - {id: c, zone: app, kind: api, listens: [443/tcp]}
                connections:
                  - {from: b, to: c, port: 443/tcp}
                  - {from: a, to: b, port: 443/tcp}
                """);
        Map<String, Position> places = LayeredArrangement.lane(chain, "app", Progress.NONE);
        assertTrue(places.get("a").y() < places.get("b").y() && places.get("b").y() < places.get("c").y(), places.toString());
        assertEquals(DiagramLayout.PADDING, places.get("a").y(), "the first row is at the lane's top");
    }

    @Test
    void arrangingALaneMovesOnlyItsServices() {
        Topology article = Designs.load(Designs.ARTICLE);
        Map<String, Position> places = LayeredArrangement.lane(article, "management", Progress.NONE);
        assertEquals(article.servicesIn("management").stream().map(Service::id).sorted().toList(),
                places.keySet().stream().sorted().toList());
    }

    @Test
    void progressIsToldEachPhaseAndCanStopTheLayout() {
        Topology design = GeneratedTopologies.generate(60, 120, 5);
        List<String> phases = new java.util.ArrayList<>();
        LayeredArrangement.whole(design, (done, total, what) -> phases.add(done + "/" + total + " " + what));
        assertTrue(phases.size() > 5, phases.toString());
        assertThrows(CancellationException.class, () -> LayeredArrangement.whole(design, (done, total, what) -> {
            throw new CancellationException();
        }));
    }

    private static Topology arranged(Topology design, Map<String, Position> places) {
        Map<String, Placement> placements = new HashMap<>();
        places.forEach((id, p) -> placements.put(id, new Placement(design.service(id).zone(), p)));
        return TopologyEdits.moveServices(design, placements);
    }

    /** The gap between two rectangles (0 when they touch or overlap). */
    private static double apart(DiagramLayout.Rect a, DiagramLayout.Rect b) {
        double dx = Math.max(0, Math.max(a.x() - (b.x() + b.width()), b.x() - (a.x() + a.width())));
        double dy = Math.max(0, Math.max(a.y() - (b.y() + b.height()), b.y() - (a.y() + a.height())));
        return Math.max(dx, dy);
    }
}
