package io.zonewright.layout;

import io.zonewright.Designs;
import io.zonewright.analysis.EndpointResolver;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An address range a connection names is a node in the header of the lane it lies in, and its arrows end there. */
class RangeNodesTest {

    private final Topology flawed = Designs.load(Designs.FLAWED);
    private final DiagramLayout layout = DiagramLayout.of(flawed, false, EndpointResolver.zoneIds(flawed));

    @Test
    void theInternetAsAWholeIsANodeInTheInternetLane() {
        DiagramLayout.RangeNode anywhere = layout.ranges().get("0.0.0.0/0");
        DiagramLayout.Lane internet = layout.lane("internet");
        assertEquals("internet", anywhere.zoneId());
        DiagramLayout.Rect r = anywhere.rect();
        assertTrue(r.x() >= 0 && r.x() + r.width() <= DiagramLayout.LANE_HEADER, "in the lane's header: " + r);
        assertTrue(r.y() >= internet.y() + DiagramLayout.RANGE_TOP - 1 && r.y() + r.height() <= internet.y() + internet.height(),
                "below the lane's title, within the lane: " + r);
    }

    @Test
    void anArrowToARangeEndsAtItsNodeAndNeedNotNameIt() {
        Routing routing = Routing.of(flawed, layout);
        ConnectionRoute toAnywhere = routing.routes().stream()
                .filter(r -> r.connection().id().equals("api-to-anywhere")).findFirst().orElseThrow();
        DiagramLayout.Rect node = layout.ranges().get("0.0.0.0/0").rect();
        Point end = toAnywhere.end();
        assertTrue(Math.abs(end.x() - (node.x() + node.width())) <= 1 && end.y() >= node.y() && end.y() <= node.y() + node.height(),
                "the arrow ends at the node's side facing the API: " + end + " " + node);
        assertEquals("443", toAnywhere.label(), "the node shows the range; the label shows the port");
    }

    @Test
    void manyRangesInOneLaneMakeItTallEnoughToHoldThemAll() {
        Topology many = flawed;
        for (int i = 1; i <= 8; i++) {
            many = io.zonewright.edit.TopologyEdits.connect(many, "api", io.zonewright.model.Endpoint.parse("198.51.100." + i + "/32"));
        }
        DiagramLayout tall = DiagramLayout.of(many, false, EndpointResolver.zoneIds(many));
        DiagramLayout.Lane internet = tall.lane("internet");
        assertEquals(9, tall.ranges().size());
        for (DiagramLayout.RangeNode node : tall.ranges().values()) {
            assertTrue(node.rect().y() + node.rect().height() <= internet.y() + internet.height(), node + " inside its lane");
            for (DiagramLayout.RangeNode other : tall.ranges().values()) {
                boolean apart = node == other || node.rect().y() + node.rect().height() <= other.rect().y()
                        || other.rect().y() + other.rect().height() <= node.rect().y();
                assertTrue(apart, node + " and " + other + " do not overlap");
            }
        }
    }

    @Test
    void withoutTheAnalysisReadingNoRangeIsPlaced() {
        DiagramLayout placesOnly = DiagramLayout.of(flawed);
        assertEquals(Set.of(), placesOnly.ranges().keySet());
        assertNull(placesOnly.anchor(io.zonewright.model.Endpoint.parse("0.0.0.0/0")));
    }

    @Test
    void aRangeTheDesignDoesNotNameEndsAtTheTitleOfTheLaneItLiesIn() {
        // As a flow an audit found deployed, drawn over the design.
        DiagramLayout.Rect at = layout.anchor(io.zonewright.model.Endpoint.parse("203.0.113.0/24"));
        DiagramLayout.Lane internet = layout.lane("internet");
        assertEquals(new DiagramLayout.Rect(0, internet.y(), DiagramLayout.LANE_HEADER, internet.height()), at);
    }
}
