package io.zonewright.layout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrthogonalRouterTest {

    private static final DiagramLayout.Rect LEFT = new DiagramLayout.Rect(0, 100, 160, 64);
    private static final DiagramLayout.Rect MIDDLE = new DiagramLayout.Rect(300, 100, 160, 64);
    private static final DiagramLayout.Rect RIGHT = new DiagramLayout.Rect(600, 100, 160, 64);

    private static List<Point> route(List<DiagramLayout.Rect> boxes, DiagramLayout.Rect from, DiagramLayout.Rect to) {
        return new OrthogonalRouter(boxes, 1000, 600).route(from, to);
    }

    @Test
    void aBoxInTheWayIsGoneAroundWithItsClearance() {
        List<Point> points = route(List.of(LEFT, MIDDLE, RIGHT), LEFT, RIGHT);
        assertOrthogonal(points);
        assertFalse(crossesWithin(points, MIDDLE, OrthogonalRouter.CLEARANCE - 0.5),
                "the arrow keeps its clearance from the box between its ends: " + points);
        assertEquals(new Point(160, 132), points.get(0), "it leaves the source's side facing the target");
        assertEquals(new Point(600, 132), points.get(points.size() - 1), "and enters the target's facing side");
        assertTrue(points.size() <= 6, "going around takes few bends: " + points);
    }

    @Test
    void nothingInTheWayIsOneStraightSegment() {
        List<Point> points = route(List.of(LEFT, RIGHT), LEFT, RIGHT);
        assertEquals(List.of(new Point(160, 132), new Point(600, 132)), points);
    }

    @Test
    void boxesAboveEachOtherAreJoinedTopToBottom() {
        DiagramLayout.Rect below = new DiagramLayout.Rect(0, 400, 160, 64);
        List<Point> points = route(List.of(LEFT, below), LEFT, below);
        assertEquals(List.of(new Point(80, 164), new Point(80, 400)), points);
    }

    @Test
    void anEndWalledInByOtherBoxesStillGetsAnArrow() {
        DiagramLayout.Rect inside = new DiagramLayout.Rect(300, 300, 160, 64);
        List<DiagramLayout.Rect> walls = List.of(inside, LEFT,
                new DiagramLayout.Rect(300, 250, 160, 45), new DiagramLayout.Rect(300, 369, 160, 45),
                new DiagramLayout.Rect(225, 250, 70, 164), new DiagramLayout.Rect(465, 250, 70, 164));
        List<Point> points = route(walls, LEFT, inside);
        assertEquals(2, points.size(), "no free run: a straight arrow rather than none");
    }

    static void assertOrthogonal(List<Point> points) {
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            assertTrue(a.x() == b.x() || a.y() == b.y(), "segment " + a + " - " + b + " is not horizontal or vertical");
        }
    }

    /** Whether the run enters the box grown by {@code margin} on every side. */
    static boolean crossesWithin(List<Point> points, DiagramLayout.Rect box, double margin) {
        for (int i = 1; i < points.size(); i++) {
            if (Polylines.crossesInside(points.get(i - 1), points.get(i), box.x() - margin, box.y() - margin,
                    box.x() + box.width() + margin, box.y() + box.height() + margin)) {
                return true;
            }
        }
        return false;
    }
}
