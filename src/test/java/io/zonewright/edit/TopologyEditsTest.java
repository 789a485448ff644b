package io.zonewright.edit;

import io.zonewright.Designs;
import io.zonewright.edit.TopologyEdits.Placement;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Position;
import io.zonewright.model.ServiceKind;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopologyEditsTest {

    private final Topology article = Designs.load(Designs.ARTICLE);

    @Test
    void newServicesGetFreshIds() {
        Topology t = TopologyEdits.addService(article, ServiceKind.API, "application", new Position(200, 30));
        assertEquals("application", t.service("api-2").zone());
        assertEquals(new Position(200, 30), t.layout().get("api-2"));
    }

    @Test
    void movingToAnotherLaneChangesTheZone() {
        Topology t = TopologyEdits.moveServices(article, Map.of("worker", new Placement("data", new Position(300, 20))));
        assertEquals("data", t.service("worker").zone());
        assertSame(article.service("api"), t.service("api"), "untouched services are shared");
    }

    @Test
    void movingWithinALaneChangesOnlyTheLayout() {
        Topology moved = TopologyEdits.moveServices(article, Map.of("api", new Placement("application", new Position(640, 20))));
        assertTrue(moved.sameDesignAs(article), "the analysis need not run again");
        Topology rezoned = TopologyEdits.moveServices(article, Map.of("api", new Placement("data", new Position(640, 20))));
        assertFalse(rezoned.sameDesignAs(article));
        assertFalse(TopologyEdits.connect(article, "worker", "redis").sameDesignAs(article));
    }

    @Test
    void movingABoxLeavesTheOtherBoxesOfItsLaneWhereTheyWereDrawn() {
        Topology unplaced = io.zonewright.GeneratedTopologies.generate(40, 60, 2);
        String zone = unplaced.zones().get(1).id();
        List<io.zonewright.model.Service> lane = unplaced.servicesIn(zone);
        assertTrue(lane.size() > 3 && unplaced.layout().isEmpty(), "a lane of boxes at automatic places");
        DiagramLayout before = DiagramLayout.of(unplaced);
        Topology moved = TopologyEdits.moveServices(unplaced, Map.of(lane.get(0).id(), new Placement(zone, new Position(900, 400))));
        DiagramLayout after = DiagramLayout.of(moved);
        for (io.zonewright.model.Service s : lane.subList(1, lane.size())) {
            assertEquals(before.box(s.id()).x(), after.box(s.id()).x(), s.id() + " stays where it was drawn");
            assertEquals(before.box(s.id()).y(), after.box(s.id()).y(), s.id() + " stays where it was drawn");
        }
        assertEquals(new Position(900, 400), moved.layout().get(lane.get(0).id()));
    }

    @Test
    void removingAServiceTakesItsConnectionsAndWaiversAlong() {
        Topology t = TopologyEdits.remove(article, List.of("prometheus"));
        assertNull(t.service("prometheus"));
        assertNull(t.connection("metrics-scraping"));
        assertTrue(t.waivers().stream().noneMatch(w -> w.target().equals("metrics-scraping") || w.target().equals("prometheus")),
                "the waivers of the removed connection and service go with them");
        assertEquals(2, t.waivers().size(), "the others stay");
    }

    @Test
    void removingAConnectionKeepsTheServicesAndFindsTheOtherConnections() {
        String gone = article.connections().get(0).id();
        String kept = article.connections().get(1).id();
        Topology t = TopologyEdits.remove(article, List.of(gone));
        assertNull(t.connection(gone));
        assertSame(article.connection(kept), t.connection(kept));
        assertSame(article.services(), t.services(), "shared, so the analysis reuses what it resolved");
        assertTrue(t.hasElement(kept));
        assertFalse(t.hasElement(gone));
    }

    @Test
    void connectingTwiceAddsOneConnection() {
        Topology once = TopologyEdits.connect(article, "worker", "redis");
        assertSame(once, TopologyEdits.connect(once, "worker", "redis"));
        assertEquals("6379/tcp", once.connection("worker->redis:6379/tcp").port().toString());
    }

    @Test
    void pastedCopiesKeepTheirZoneAndGetNewIds() {
        Topology t = TopologyEdits.addCopies(article, List.of(article.service("api")), Map.of("api", new Position(400, 40)));
        assertEquals("application", t.service("api-2").zone());
        assertEquals(article.service("api").listens(), t.service("api-2").listens());
    }
}
