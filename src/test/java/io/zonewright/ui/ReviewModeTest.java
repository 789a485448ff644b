package io.zonewright.ui;

import io.zonewright.analysis.Finding;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review mode on a projector's sizes: the diagram alone and large, nothing of editing, nothing cut to "…". */
class ReviewModeTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Test
    void at1280x720(FxRobot robot) throws Exception {
        review(robot, 1280, 720);
    }

    @Test
    void at1920x1080(FxRobot robot) throws Exception {
        review(robot, 1920, 1080);
    }

    private void review(FxRobot robot, double width, double height) throws Exception {
        Window stage = robot.lookup("#root").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TableView<Finding> findings = robot.lookup("#findings-table").queryTableView();
        FxWait.until(() -> !findings.getItems().isEmpty());
        robot.press(KeyCode.F5).release(KeyCode.F5);
        FxWait.until(() -> robot.lookup("#review-toolbar").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(robot, stage, "review-" + (int) width + "x" + (int) height + ".png");

        assertTrue(robot.lookup("#palette").tryQuery().isEmpty(), "the palette is out of sight");
        assertTrue(robot.lookup("#inspector").tryQuery().isEmpty(), "the inspector is out of sight");
        assertTrue(robot.lookup("#panels").tryQuery().isEmpty(), "the panels are out of sight");
        String detail = textOf(robot, "#review-detail");
        assertTrue(detail.contains("Why it matters"), "the finding shown is explained beside the diagram: " + detail);
        assertEquals(List.of(), cutShort(robot), "controls showing an ellipsis");
        double[] fill = new double[2];
        robot.interact(() -> {
            ScrollPane canvas = robot.lookup("#canvas").queryAs(ScrollPane.class);
            var diagram = window.diagram();
            fill[0] = diagram.getPrefWidth() * window.zoom().factor() / canvas.getViewportBounds().getWidth();
            fill[1] = diagram.getPrefHeight() * window.zoom().factor() / canvas.getViewportBounds().getHeight();
        });
        assertTrue(Math.max(fill[0], fill[1]) > 0.9, "the diagram fills the view: " + fill[0] + " x " + fill[1]);

        robot.clickOn("#review-next");
        assertTrue(robot.lookup("#review-current").queryLabeled().getText().startsWith("2 / "));
        assertEquals(List.of(), cutShort(robot), "controls showing an ellipsis after a step");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        FxWait.until(() -> robot.lookup("#palette").tryQuery().isPresent() && robot.lookup("#panels").tryQuery().isPresent());
    }

    /** The labelled controls in view whose text is drawn cut short. */
    private static List<String> cutShort(FxRobot robot) {
        AtomicReference<List<String>> out = new AtomicReference<>();
        robot.interact(() -> {
            List<String> cut = new ArrayList<>();
            for (Window w : robot.listTargetWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    collect(w.getScene().getRoot(), cut);
                }
            }
            out.set(cut);
        });
        return out.get();
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && !drawn.getText().equals(labeled.getText())
                        && (drawn.getText().endsWith("…") || drawn.getText().endsWith("..."))) {
                    cut.add(labeled.getId() + ": " + drawn.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    private static String textOf(FxRobot robot, String query) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(String.join("\n", robot.lookup(query).query().lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText()).toList())));
        return text.get();
    }
}
