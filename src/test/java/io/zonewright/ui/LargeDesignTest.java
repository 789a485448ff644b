package io.zonewright.ui;

import io.zonewright.GeneratedTopologies;
import io.zonewright.io.RecoveryStore;
import io.zonewright.model.Topology;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.diagram.ServiceNodeView;
import io.zonewright.ui.document.Document;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 5,000-service design opens, and only what is on screen is in the scene graph. */
@ExtendWith(ApplicationExtension.class)
class LargeDesignTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final Topology large = GeneratedTopologies.generate(5000, 30000, 3);

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new Document(large, null), new RecoveryStore(dir));
        window.show();
    }

    @Test
    void drawsOnlyTheVisiblePartAndASketchWhenZoomedOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int[] drawn = new int[2];
        // It opens whole, which for 5,000 services is the overview.
        robot.interact(() -> drawn[1] = window.diagram().drawnCount());
        assertTrue(window.diagram().isSketch(), "the overview is a sketch");
        assertEquals(0, drawn[1], "no full views in the overview");
        robot.interact(() -> window.zoom().actualSize());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> drawn[0] = window.diagram().drawnCount());
        assertTrue(drawn[0] > 0, "something is drawn");
        assertTrue(drawn[0] < 3000, "not all 35,000 elements are in the scene graph: " + drawn[0]);
        robot.interact(() -> window.zoom().fit());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.diagram().getPseudoClassStates().contains(DiagramView.ZOOMED_OUT));
        robot.interact(() -> {
            try {
                Path file = java.nio.file.Files.createDirectories(Path.of("target/screenshots")).resolve("overview-5000.png");
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        window.diagram().getScene().snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void anEditRedrawsOnlyWhatItTouched(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String first = large.services().get(100).id();
        ServiceNodeView[] before = new ServiceNodeView[2];
        robot.interact(() -> {
            before[0] = window.diagram().serviceView(first);
            before[1] = window.diagram().serviceView(large.services().get(101).id());
            window.actions().rename(first, "Renamed");
        });
        robot.interact(() -> {
            assertTrue(window.diagram().serviceView(first) != before[0], "the renamed service is drawn anew");
            assertTrue(window.diagram().serviceView(large.services().get(101).id()) == before[1], "its neighbour is kept");
        });
    }
}
