package io.zonewright.ui;

import io.zonewright.Designs;
import io.zonewright.io.RecoveryStore;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Position;
import io.zonewright.model.Topology;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.diagram.ZoomControl;
import io.zonewright.ui.document.Document;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyboard and mouse on the canvas: rename in place, nudge, copy and paste, rubber band, zoom. */
@ExtendWith(ApplicationExtension.class)
class CanvasGesturesTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new Document(Designs.load(Designs.ARTICLE), null), new RecoveryStore(dir));
        window.show();
    }

    private Topology topology() {
        return window.document().topology();
    }


    @Test
    void doubleClickRenamesInPlace(FxRobot robot) throws Exception {
        robot.doubleClickOn("#service-redis");
        TextField field = robot.lookup("#rename-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("Session cache"));
        robot.clickOn(field).type(KeyCode.ENTER);
        FxWait.until(() -> topology().service("redis").name().equals("Session cache"));
        assertEquals("Rename redis", window.undoManager().undoNameProperty().get());
    }

    @Test
    void arrowKeysNudgeTheSelection(FxRobot robot) throws Exception {
        robot.clickOn("#service-api");
        DiagramLayout.Box before = window.diagram().diagramLayout().box("api");
        robot.type(KeyCode.RIGHT);
        FxWait.until(() -> topology().layout().containsKey("api"));
        DiagramLayout.Box after = window.diagram().diagramLayout().box("api");
        assertEquals(before.x() + 10, after.x(), 0.01);
        assertEquals(before.y(), after.y(), 0.01);
    }

    @Test
    void copyAndPasteMakeACopyInTheSameZone(FxRobot robot) throws Exception {
        robot.clickOn("#service-worker");
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        FxWait.until(() -> topology().service("worker-2") != null);
        assertEquals("application", topology().service("worker-2").zone());
        Position copy = topology().layout().get("worker-2");
        assertNotNull(copy);
    }

    @Test
    void shiftDragOnTheBackgroundSelectsWhatTheRectangleTouches(FxRobot robot) {
        Bounds postgres = robot.lookup("#service-postgres").query().localToScreen(
                robot.lookup("#service-postgres").query().getBoundsInLocal());
        Bounds redis = robot.lookup("#service-redis").query().localToScreen(robot.lookup("#service-redis").query().getBoundsInLocal());
        robot.press(KeyCode.SHIFT);
        robot.moveTo(postgres.getMinX() - 20, postgres.getMinY() - 12).press(MouseButton.PRIMARY)
                .moveTo(redis.getMaxX() + 20, redis.getMaxY() + 12).release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        assertEquals(Set.of("postgres", "redis"), Set.copyOf(window.selection().ids()));
    }

    @Test
    void aNewDesignHasTheFiveZonesToDropServicesOn(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().newDesign());
        assertEquals(java.util.List.of("internet", "public", "application", "data", "management"),
                topology().zones().stream().map(io.zonewright.model.Zone::id).toList());
        robot.drag("#palette-api", MouseButton.PRIMARY).moveTo("#lane-application").release(MouseButton.PRIMARY);
        FxWait.until(() -> topology().service("api") != null);
        assertNull(window.document().fileProperty().get(), "a new design has no file until saved");
    }

    @Test
    void zoomKeysScaleTheDiagramWithinBounds(FxRobot robot) {
        double start = window.zoom().factor();
        robot.interact(() -> window.zoom().zoomIn());
        assertTrue(window.zoom().factor() > start);
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                window.zoom().zoomOut();
            }
        });
        assertEquals(ZoomControl.MIN, window.zoom().factor(), 1e-9);
        assertTrue(window.diagram().getPseudoClassStates().contains(DiagramView.ZOOMED_OUT));
        robot.interact(() -> window.zoom().actualSize());
        assertEquals(1.0, window.zoom().factor(), 1e-9);
    }
}
