package io.zonewright.ui;

import io.zonewright.io.Progress;
import io.zonewright.layout.LayeredArrangement;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arrange lays out the whole design or a lane with the layered layout, as one undoable move. */
class ArrangeTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    private Topology topology() {
        return window.document().topology();
    }

    @Test
    void theWholeDesignIsArrangedFromTheMenuAndTheArrangementUndoneInOneStep(FxRobot robot) throws Exception {
        Topology before = topology();
        Map<String, Position> expected = LayeredArrangement.whole(before, Progress.NONE);
        assertNotEquals(expected, before.layout(), "the sample is not laid out that way already");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> expected.entrySet().stream().allMatch(e -> e.getValue().equals(topology().layout().get(e.getKey()))));
        assertTrue(window.undoManager().undoNameProperty().get().startsWith("Arrange design"));
        double apiX = io.zonewright.layout.DiagramLayout.of(topology()).box("api").x();
        FxWait.until(() -> robot.lookup("#service-api").query().getLayoutX() == apiX);
        Screenshots.take(robot, robot.lookup("#root").query().getScene().getWindow(), "arranged-design.png");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxWait.until(() -> topology().layout().equals(before.layout()));
    }

    @Test
    void aLanesMenuArrangesThatLaneOnly(FxRobot robot) throws Exception {
        Topology before = topology();
        robot.rightClickOn("#lane-title-management").clickOn("Arrange Lane");
        FxWait.until(() -> topology() != before);
        for (Service s : before.services()) {
            if (!s.zone().equals("management")) {
                assertEquals(before.layout().get(s.id()), topology().layout().get(s.id()), s.id() + " stays where it was");
            }
        }
        assertEquals(LayeredArrangement.lane(before, "management", Progress.NONE).get("prometheus"),
                topology().layout().get("prometheus"));
    }
}
