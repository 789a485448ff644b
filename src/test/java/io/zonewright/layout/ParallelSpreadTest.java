package io.zonewright.layout;

import io.zonewright.GeneratedTopologies;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ParallelSpreadTest {

    /** A thousand orthogonal routes of a generated design, many sharing channels. */
    private static List<List<Point>> routes() {
        Topology t = GeneratedTopologies.generate(300, 1000, 4);
        return Routing.of(t, DiagramLayout.of(t)).routes().stream()
                .map(ConnectionRoute::points).toList();
    }

    /** The routes after an edit: up to {@code most} of them take another's run, leaving their lines for busy ones. */
    private static List<List<Point>> edited(List<List<Point>> routes, Random random, int most) {
        List<List<Point>> after = new ArrayList<>(routes);
        for (int k = 0; k < 1 + random.nextInt(most); k++) {
            after.set(random.nextInt(after.size()), routes.get(random.nextInt(routes.size())));
        }
        return after;
    }

    @Test
    void spreadingAgainWhereRoutesChangedGivesWhatSpreadingAllGives() {
        List<List<Point>> before = routes();
        ParallelSpread spread = ParallelSpread.of(before);
        Random random = new Random(17);
        for (int edit = 0; edit < 20; edit++) {
            List<List<Point>> after = edited(before, random, 12);
            spread = spread.next(after, LaneShift.NONE);
            assertEquals(ParallelSpread.of(after).spread(), spread.spread(), "edit " + edit);
            before = after;
        }
    }

    @Test
    void aSpreadThatOthersWereMadeFromIsLeftAsItWas() {
        // The editor spreads more than once from one routing: at once, and when the background router is done.
        List<List<Point>> base = routes();
        ParallelSpread spread = ParallelSpread.of(base);
        Random random = new Random(5);
        for (int edit = 0; edit < 40; edit++) {
            List<List<Point>> after = edited(base, random, 40);
            assertEquals(ParallelSpread.of(after).spread(), spread.next(after, LaneShift.NONE).spread(), "edit " + edit);
        }
    }

    @Test
    void routesThatMovedWithTheirLanesAreSpreadAsTheyWereAndTheRestAgain() {
        Topology t = GeneratedTopologies.generate(300, 1000, 4);
        DiagramLayout before = DiagramLayout.of(t);
        io.zonewright.model.Service dragged = t.services().get(100);
        DiagramLayout after = DiagramLayout.of(io.zonewright.edit.TopologyEdits.moveServices(t, java.util.Map.of(dragged.id(),
                new io.zonewright.edit.TopologyEdits.Placement(dragged.zone(), new io.zonewright.model.Position(400, 2000)))));
        LaneShift shift = LaneShift.between(before, after);
        List<List<Point>> routes = routes();
        List<List<Point>> moved = routes.stream().map(shift::map).toList();
        assertNotEquals(routes, moved, "the lanes below the dragged box moved down");
        ParallelSpread spread = ParallelSpread.of(routes);
        assertEquals(ParallelSpread.of(moved).spread(), spread.next(moved, shift).spread());
        List<List<Point>> edited = edited(moved, new Random(3), 12);
        assertEquals(ParallelSpread.of(edited).spread(), spread.next(edited, shift).spread());
    }

    @Test
    void arrowsOnOneStretchOfALineAreSetApart() {
        List<Point> a = List.of(new Point(0, 100), new Point(200, 100));
        List<Point> b = List.of(new Point(50, 100), new Point(300, 100));
        List<List<Point>> spread = ParallelSpread.of(List.of(a, b)).spread();
        assertNotEquals(spread.get(0).get(0).y(), spread.get(1).get(0).y());
        assertEquals(ParallelSpread.SPACING, Math.abs(spread.get(0).get(0).y() - spread.get(1).get(0).y()), 1e-9);
    }
}
