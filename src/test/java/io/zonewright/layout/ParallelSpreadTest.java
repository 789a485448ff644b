package io.zonewright.layout;

import io.zonewright.GeneratedTopologies;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static int[] same(int size) {
        return IntStream.range(0, size).toArray();
    }

    /** The routes of {@code after} that are those of {@code before}: the rest were found again. */
    private static BitSet kept(List<List<Point>> before, List<List<Point>> after) {
        BitSet kept = new BitSet();
        IntStream.range(0, after.size()).filter(r -> after.get(r) == before.get(r)).forEach(kept::set);
        return kept;
    }

    @Test
    void anEditMovesOnlyTheArrowsItChangedAndKeepsTheRestApart() {
        List<List<Point>> before = routes();
        ParallelSpread spread = ParallelSpread.of(before);
        assertApart(before, spread.spread());
        Random random = new Random(17);
        for (int edit = 0; edit < 20; edit++) {
            List<List<Point>> after = edited(before, random, 12);
            ParallelSpread next = spread.next(after, same(after.size()), kept(before, after), LaneShift.NONE);
            for (int r = 0; r < after.size(); r++) {
                if (after.get(r) == before.get(r)) {
                    assertSame(spread.spread().get(r), next.spread().get(r), "edit " + edit + ", arrow " + r + " stays");
                }
            }
            assertApart(after, next.spread());
            spread = next;
            before = after;
        }
    }

    @Test
    void addedArrowsTakeFreeTracksAndRemovedOnesLeaveTheirs() {
        List<List<Point>> base = routes();
        ParallelSpread spread = ParallelSpread.of(base);
        // Remove every third arrow and add copies of others' runs at the end.
        List<List<Point>> after = new ArrayList<>();
        List<Integer> was = new ArrayList<>();
        for (int r = 0; r < base.size(); r++) {
            if (r % 3 != 0 || r > 60) {
                after.add(base.get(r));
                was.add(r);
            }
        }
        for (int k = 0; k < 30; k++) {
            after.add(base.get(7 * k + 1));
            was.add(-1);
        }
        int[] earlier = was.stream().mapToInt(Integer::intValue).toArray();
        BitSet carried = new BitSet();
        IntStream.range(0, earlier.length).filter(r -> earlier[r] >= 0).forEach(carried::set);
        ParallelSpread next = spread.next(after, earlier, carried, LaneShift.NONE);
        assertApart(after, next.spread());
        for (int r = 0; r < after.size(); r++) {
            if (was.get(r) >= 0) {
                assertSame(spread.spread().get(was.get(r)), next.spread().get(r), "arrow " + r + " stays");
            }
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
            assertEquals(ParallelSpread.of(base).next(after, same(after.size()), kept(base, after), LaneShift.NONE).spread(),
                    spread.next(after, same(after.size()), kept(base, after), LaneShift.NONE).spread(), "edit " + edit);
        }
    }

    @Test
    void routesThatMovedWithTheirLanesAreSpreadAsTheyWereAndTheRestAgain() {
        Topology t = GeneratedTopologies.generate(300, 1000, 4);
        DiagramLayout before = DiagramLayout.of(t);
        Service dragged = t.services().get(100);
        DiagramLayout after = DiagramLayout.of(TopologyEdits.moveServices(t, Map.of(dragged.id(),
                new TopologyEdits.Placement(dragged.zone(), new Position(400, 2000)))));
        LaneShift shift = LaneShift.between(before, after);
        List<List<Point>> routes = routes();
        List<List<Point>> moved = routes.stream().map(shift::map).toList();
        assertNotEquals(routes, moved, "the lanes below the dragged box moved down");
        ParallelSpread spread = ParallelSpread.of(routes);
        assertEquals(ParallelSpread.of(moved).spread(), spread.next(moved, same(moved.size()), kept(moved, moved), shift).spread(),
                "moved with their lanes, segments meet the ones they met and keep their tracks");
        List<List<Point>> edited = edited(moved, new Random(3), 12);
        assertApart(edited, spread.next(edited, same(edited.size()), kept(moved, edited), shift).spread());
    }

    @Test
    void arrowsOnOneStretchOfALineAreSetApart() {
        List<Point> a = List.of(new Point(0, 100), new Point(200, 100));
        List<Point> b = List.of(new Point(50, 100), new Point(300, 100));
        List<List<Point>> spread = ParallelSpread.of(List.of(a, b)).spread();
        assertEquals(ParallelSpread.SPACING, Math.abs(spread.get(0).get(0).y() - spread.get(1).get(0).y()), 1e-9);
    }

    @Test
    void aThirdArrowBesideTwoIsPutWhereNeitherIs() {
        List<Point> a = List.of(new Point(0, 100), new Point(200, 100));
        List<Point> b = List.of(new Point(50, 100), new Point(300, 100));
        List<Point> c = List.of(new Point(100, 100), new Point(150, 100));
        List<List<Point>> spread = ParallelSpread.of(List.of(a, b, c)).spread();
        double[] heights = spread.stream().mapToDouble(p -> p.get(0).y()).sorted().toArray();
        assertTrue(heights[1] - heights[0] >= ParallelSpread.SPACING && heights[2] - heights[1] >= ParallelSpread.SPACING,
                "three arrows a full spacing apart: " + spread);
        assertTrue(heights[0] >= 100 - OrthogonalRouter.CLEARANCE && heights[2] <= 100 + OrthogonalRouter.CLEARANCE,
                "and within the clearance: " + spread);
    }

    /**
     * Asserts that segments of the routes that lie on one line and meet there were moved to different places
     * across it (spread is {@code routes} spread apart).
     */
    private static void assertApart(List<List<Point>> routes, List<List<Point>> spread) {
        Map<String, List<double[]>> byLine = new java.util.HashMap<>();
        for (int r = 0; r < routes.size(); r++) {
            List<Point> points = routes.get(r);
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                Point sa = spread.get(r).get(i - 1);
                boolean horizontal = a.y() == b.y();
                if (horizontal || a.x() == b.x()) {
                    String line = (horizontal ? "h" : "v") + (horizontal ? a.y() : a.x());
                    double min = horizontal ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
                    double max = horizontal ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
                    double across = horizontal ? sa.y() : sa.x();
                    byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(new double[] {min, max, across, r});
                }
            }
        }
        byLine.forEach((line, segments) -> {
            for (int k = 0; k < segments.size(); k++) {
                for (int m = k + 1; m < segments.size(); m++) {
                    double[] s = segments.get(k);
                    double[] o = segments.get(m);
                    if (s[0] <= o[1] && o[0] <= s[1]) {
                        assertNotEquals(s[2], o[2], "arrows " + (int) s[3] + " and " + (int) o[3] + " on line " + line);
                    }
                }
            }
        });
    }
}
