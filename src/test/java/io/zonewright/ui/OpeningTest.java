package io.zonewright.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A design opens whole: every lane and every box on screen, not cut off at the window's edge. */
class OpeningTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Test
    void theArticleSampleOpensWithEveryServiceInView(FxRobot robot) throws Exception {
        FxWait.until(() -> outOfView(robot).isEmpty());
        assertEquals(List.of(), outOfView(robot), "services cut off when the sample opens");
        Screenshots.take(robot, robot.lookup("#canvas").query().getScene().getWindow(), "opened-article.png");
    }

    /** The services whose box is not wholly inside the diagram's viewport. */
    private static List<String> outOfView(FxRobot robot) {
        AtomicReference<List<String>> out = new AtomicReference<>();
        robot.interact(() -> {
            ScrollPane canvas = robot.lookup("#canvas").queryAs(ScrollPane.class);
            Bounds viewport = canvas.localToScene(canvas.getViewportBounds().getWidth() > 0
                    ? new javafx.geometry.BoundingBox(canvas.getLayoutBounds().getMinX(), canvas.getLayoutBounds().getMinY(),
                    canvas.getViewportBounds().getWidth() + 1, canvas.getViewportBounds().getHeight() + 1)
                    : canvas.getLayoutBounds());
            List<String> cut = new java.util.ArrayList<>();
            for (Node box : robot.lookup(".service").queryAll()) {
                Bounds b = box.localToScene(box.getLayoutBounds());
                if (!viewport.contains(b)) {
                    cut.add(box.getId());
                }
            }
            out.set(cut);
        });
        return out.get();
    }
}
