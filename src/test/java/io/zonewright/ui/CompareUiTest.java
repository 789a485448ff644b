package io.zonewright.ui;

import io.zonewright.ui.diagram.DiagramView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Compare With…: the open design against another version, on the diagram and in the Changes tab. */
class CompareUiTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    /** An earlier version: without the cache connection, with a worker-to-database shortcut, Loki named otherwise. */
    private Path earlier() throws IOException {
        String text = Files.readString(design);
        String earlier = text.replace("""
                  - from: api
                    to: redis
                    port: 6379/tcp
                    purpose: Session cache
                    auth: credentials
                """, """
                  - from: worker
                    to: postgres
                    port: 5432/tcp
                    purpose: Nightly report
                """).replace("    name: Loki\n", "    name: Old Loki\n");
        assertTrue(!earlier.equals(text));
        return Files.writeString(dir.resolve("earlier-" + System.nanoTime() + ".yaml"), earlier);
    }

    @Test
    void changesShowOnTheDiagramAndInTheirTab(FxRobot robot) throws Exception {
        Path earlier = earlier();
        robot.interact(() -> window.comparisons().compareWith(earlier));
        FxWait.until(() -> window.comparisons().summary().startsWith("Against "));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.comparisons().summary().contains("opens 1 flow"), window.comparisons().summary());
        assertTrue(window.diagram().connectionView("api->redis:6379/tcp").getPseudoClassStates().contains(DiagramView.CHANGE_ADDED),
                "the added connection is green");
        assertTrue(robot.lookup((javafx.scene.Node n) -> "removed-worker->postgres:5432/tcp".equals(n.getId())).tryQuery().isPresent(),
                "the removed connection is drawn where it was");
        assertTrue(window.diagram().serviceView("loki").getPseudoClassStates().contains(DiagramView.CHANGE_OTHER), "renamed");
        Screenshots.take(robot, window.diagram().getScene().getWindow(), "compare.png");

        int added = -1;
        for (int i = 0; i < window.comparisons().table().getItems().size(); i++) {
            if (window.comparisons().table().getItems().get(i).id().equals("api->redis:6379/tcp")) {
                added = i;
            }
        }
        int row = added;
        assertTrue(row >= 0, window.comparisons().table().getItems()::toString);
        robot.interact(() -> window.comparisons().table().getSelectionModel().select(row));
        assertTrue(window.selection().ids().contains("api->redis:6379/tcp"));

        robot.interact(() -> window.review().toggle());
        String first = robot.lookup("#review-current").queryLabeled().getText();
        assertTrue(first.startsWith("1 / " + window.comparisons().table().getItems().size() + "   "), "review walks the changes: " + first);
        robot.clickOn("#review-next");
        assertTrue(robot.lookup("#review-current").queryLabeled().getText().startsWith("2 / "));
        Screenshots.take(robot, window.diagram().getScene().getWindow(), "compare-review.png");
        robot.clickOn("Exit review");

        robot.clickOn("#changes-close");
        assertFalse(window.comparisons().isActive());
        assertFalse(window.diagram().connectionView("api->redis:6379/tcp").getPseudoClassStates().contains(DiagramView.CHANGE_ADDED));
    }
}
