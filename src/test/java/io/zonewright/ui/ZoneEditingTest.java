package io.zonewright.ui;

import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.ui.diagram.DiagramView;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zones are edited in the window: added, renamed, moved along the trust order, deleted; each undoable. */
class ZoneEditingTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    private Topology topology() {
        return window.document().topology();
    }

    private List<String> order() {
        return topology().zones().stream().map(Zone::id).toList();
    }

    @Test
    void aZoneIsAddedFromALanesMenuAndTheAdditionUndone(FxRobot robot) throws Exception {
        int zones = topology().zones().size();
        robot.rightClickOn("#lane-title-management").clickOn("Add Zone").clickOn("custom");
        FxWait.until(() -> topology().zones().size() == zones + 1);
        FxWait.until(() -> robot.lookup("#lane-custom").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxWait.until(() -> topology().zones().size() == zones);
    }

    @Test
    void aZoneMovesAlongTheTrustOrderAndIsRenamed(FxRobot robot) throws Exception {
        List<String> before = order();
        int data = before.indexOf("data");
        robot.rightClickOn("#lane-title-data").clickOn("Move Up (less trusted)");
        FxWait.until(() -> order().indexOf("data") == data - 1);
        robot.rightClickOn("#lane-title-data").clickOn("Rename…");
        robot.lookup("#zone-name").queryTextInputControl();
        robot.interact(() -> robot.lookup("#zone-name").queryTextInputControl().setText("Databases"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxWait.until(() -> "Databases".equals(topology().zone("data").name()));
        FxWait.until(() -> robot.lookup("#lane-title-data").queryAs(Label.class).getText().equals("Databases"));
        Screenshots.take(robot, robot.lookup("#root").query().getScene().getWindow(), "zones-edited.png");
    }

    @Test
    void aLaneDraggedByItsTitleOntoAnotherTakesItsPlaceInOneUndoableStep(FxRobot robot) throws Exception {
        List<String> before = order();
        robot.drag("#lane-title-data", javafx.scene.input.MouseButton.PRIMARY).moveTo("#lane-public");
        FxWait.until(() -> robot.lookup("#lane-drop").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        FxWait.until(() -> order().equals(List.of("internet", "data", "public", "application", "management")));
        assertTrue(robot.lookup("#lane-drop").tryQuery().isEmpty(), "the drop line goes with the drag");
        List<Integer> trust = topology().zones().stream().map(Zone::trust).toList();
        assertEquals(trust.stream().sorted().toList(), trust, "trust follows the lanes");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxWait.until(() -> order().equals(before));
    }

    @Test
    void deletingAZoneMovesItsServicesWhereTheUserSays(FxRobot robot) throws Exception {
        robot.rightClickOn("#lane-title-data").clickOn("Delete Zone…");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxWait.until(() -> topology().zone("data") == null);
        assertNull(topology().zone("data"));
        String into = topology().service("postgres").zone();
        assertTrue(order().contains(into), "its services moved into a zone that exists: " + into);
        assertEquals(into, topology().service("redis").zone());
    }

    @Test
    void connectionsToAWholeZoneAndToEveryServiceAreDrawnByDroppingOnTheirLaneTitleAndRail(FxRobot robot) throws Exception {
        robot.drag("#handle-api", javafx.scene.input.MouseButton.PRIMARY).moveTo("#lane-title-data")
                .release(javafx.scene.input.MouseButton.PRIMARY);
        FxWait.until(() -> topology().connection("api->zone:data:443/tcp") != null);
        robot.drag("#handle-bastion", javafx.scene.input.MouseButton.PRIMARY).moveTo("#every-service-rail")
                .release(javafx.scene.input.MouseButton.PRIMARY);
        FxWait.until(() -> topology().connection("bastion->*:443/tcp") != null);
        FxWait.until(() -> robot.lookup((javafx.scene.Node n) -> "connection-api->zone:data:443/tcp".equals(n.getId())).tryQuery().isPresent());
        Screenshots.take(robot, robot.lookup("#root").query().getScene().getWindow(), "broad-ends-drawn.png");
    }

    @Test
    void anAddressRangeIsANodeInItsLaneAndAConnectionDroppedOnItGoesToTheRange(FxRobot robot) throws Exception {
        io.zonewright.model.Endpoint partner = io.zonewright.model.Endpoint.parse("198.51.100.0/24");
        robot.interact(() -> window.actions().connect("api", partner));
        String node = "#" + DiagramView.rangeNodeId("198.51.100.0/24");
        FxWait.until(() -> robot.lookup(node).tryQuery().isPresent());
        Label shown = robot.lookup(node).queryAs(Label.class);
        assertEquals("198.51.100.0/24", shown.getText());
        javafx.geometry.Bounds bounds = shown.getBoundsInParent();
        assertTrue(bounds.getMaxX() <= io.zonewright.layout.DiagramLayout.LANE_HEADER, "in a lane's header: " + bounds);
        robot.drag("#handle-worker", javafx.scene.input.MouseButton.PRIMARY).moveTo(node)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        FxWait.until(() -> topology().connections().stream()
                .anyMatch(c -> c.from().text().equals("worker") && c.to().equals(partner)));
        Screenshots.take(robot, robot.lookup("#root").query().getScene().getWindow(), "range-node.png");
    }

    @Test
    void clickingALanesTitleShowsTheZoneInTheInspector(FxRobot robot) throws Exception {
        robot.clickOn("#lane-title-data");
        FxWait.until(() -> robot.lookup("#inspector .panel-title").queryAs(Label.class).getText().equals("Zone data"));
    }
}
