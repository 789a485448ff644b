package io.zonewright.layout;

import io.zonewright.GeneratedTopologies;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaneShiftTest {

    private final Topology design = GeneratedTopologies.generate(60, 100, 3);
    private final DiagramLayout before = DiagramLayout.of(design);

    /** The design after the first service of the second lane was dragged {@code dy} below its lane's top. */
    private DiagramLayout afterDragging(Topology from, double y) {
        DiagramLayout layout = DiagramLayout.of(from);
        Service moved = from.servicesIn(layout.lanes().get(1).zone().id()).get(0);
        return DiagramLayout.of(TopologyEdits.moveServices(from, Map.of(moved.id(),
                new TopologyEdits.Placement(moved.zone(), new Position(layout.box(moved.id()).x(), y)))));
    }

    @Test
    void aLaneMadeTallerPushesTheLanesBelowDownAndLeavesTheOthers() {
        DiagramLayout after = afterDragging(design, 2000);
        LaneShift shift = LaneShift.between(before, after);
        double grown = after.lanes().get(1).height() - before.lanes().get(1).height();
        assertTrue(grown > 1000, "the second lane grew by " + grown);
        DiagramLayout.Lane first = before.lanes().get(0);
        DiagramLayout.Lane second = before.lanes().get(1);
        DiagramLayout.Lane third = before.lanes().get(2);
        assertEquals(first.y() + 10, shift.y(first.y() + 10), "above the taller lane nothing moves");
        assertEquals(second.y() + 10, shift.y(second.y() + 10), "nor in it");
        assertEquals(third.y() + 10 + grown, shift.y(third.y() + 10), "below it, everything moves down with its lane");
        assertTrue(shift.keepsDistances());
        List<Point> above = List.of(new Point(5, first.y() + 1), new Point(50, first.y() + 1));
        assertSame(above, shift.map(above), "a run that did not move is the same run");
    }

    @Test
    void aLaneMadeShorterBringsTheLanesBelowNearer() {
        Topology tall = TopologyEdits.moveServices(design, Map.of(design.servicesIn(before.lanes().get(1).zone().id()).get(0).id(),
                new TopologyEdits.Placement(before.lanes().get(1).zone().id(), new Position(DiagramLayout.LANE_HEADER + 28, 2000))));
        DiagramLayout tallLayout = DiagramLayout.of(tall);
        LaneShift shift = LaneShift.between(tallLayout, afterDragging(tall, 28));
        assertFalse(shift.keepsDistances(), "a lane came nearer to the one above: distances are checked again");
        assertTrue(shift.y(tallLayout.lanes().get(2).y()) < tallLayout.lanes().get(2).y());
    }

    @Test
    void nothingIsTakenToHaveMovedWhenTheLanesThemselvesChanged() {
        Topology reordered = io.zonewright.edit.ZoneEdits.moveTo(design, design.zones().get(0).id(), 2);
        LaneShift shift = LaneShift.between(before, DiagramLayout.of(reordered));
        assertEquals(1234.0, shift.y(1234.0));
        assertSame(LaneShift.NONE, shift);
    }
}
