package io.zonewright.ui;

import io.zonewright.analysis.Finding;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finding shows whole beside the table, waived ones on request, and its elements on screen. */
class FindingDetailTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Test
    void aChosenFindingShowsItsReasonItsFixAndItsElementsByName(FxRobot robot) throws Exception {
        TableView<Finding> table = robot.lookup("#findings-table").queryTableView();
        FxWait.until(() -> !table.getItems().isEmpty());
        String before = detailText(robot);
        assertTrue(before.contains("Choose a finding"), before);
        robot.interact(() -> table.getSelectionModel().select(rowOf(table, "ZW109")));
        String detail = detailText(robot);
        assertTrue(detail.contains("ZW109 · medium"), detail);
        assertTrue(detail.contains("Why it matters") && detail.contains("How to fix it"), detail);
        assertTrue(detail.contains("Fluent Bit") && detail.contains("Loki"), "the elements by name: " + detail);
        Screenshots.take(robot, table.getScene().getWindow(), "finding-detail.png");
    }

    @Test
    void waivedFindingsShowOnRequestWithOwnerAndExpiry(FxRobot robot) throws Exception {
        TableView<Finding> table = robot.lookup("#findings-table").queryTableView();
        FxWait.until(() -> !table.getItems().isEmpty());
        int active = table.getItems().size();
        CheckBox showWaived = robot.lookup("#show-waived").queryAs(CheckBox.class);
        assertEquals("Show waived (5)", showWaived.getText());
        robot.clickOn(showWaived);
        FxWait.until(() -> table.getItems().size() == active + 5);
        robot.interact(() -> table.getSelectionModel().select(active));
        String detail = detailText(robot);
        assertTrue(detail.contains("Waived") && detail.contains("by platform-team until 2027-06-30"), detail);
        assertTrue(robot.lookup("#waive-button").queryAs(Button.class).isDisabled(), "a waived finding is not waived again");
        robot.clickOn(showWaived);
        FxWait.until(() -> table.getItems().size() == active);
    }

    @Test
    void choosingAFindingFramesAllItsElements(FxRobot robot) throws Exception {
        TableView<Finding> table = robot.lookup("#findings-table").queryTableView();
        FxWait.until(() -> !table.getItems().isEmpty());
        robot.interact(() -> {
            for (int i = 0; i < 8; i++) {
                window.zoom().zoomIn();
            }
        });
        robot.interact(() -> table.getSelectionModel().select(rowOf(table, "ZW202")));
        Finding chosen = table.getSelectionModel().getSelectedItem();
        FxWait.until(() -> chosen.elements().stream().allMatch(id -> inView(robot, id)));
        assertTrue(window.zoom().factor() < 4, "zoomed out to show them: " + window.zoom().factor());
    }

    @Test
    void aBadgeNamesTheFindingsItCounts(FxRobot robot) throws Exception {
        TableView<Finding> table = robot.lookup("#findings-table").queryTableView();
        FxWait.until(() -> !table.getItems().isEmpty());
        Node badge = robot.lookup("#service-lb .badge").query();
        FxWait.until(badge::isVisible);
        robot.moveTo(badge).moveBy(1, 1);
        FxWait.until(() -> robot.listTargetWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene().getRoot().lookupAll("*").stream().anyMatch(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().contains("ZW202"))));
    }

    private static int rowOf(TableView<Finding> table, String rule) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).rule().equals(rule)) {
                return i;
            }
        }
        throw new AssertionError("no " + rule + " in " + table.getItems());
    }

    private static String detailText(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(robot.lookup("#finding-detail").query().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"))));
        return text.get();
    }

    private static boolean inView(FxRobot robot, String serviceId) {
        AtomicReference<Boolean> in = new AtomicReference<>(false);
        robot.interact(() -> {
            ScrollPane canvas = robot.lookup("#canvas").queryAs(ScrollPane.class);
            Bounds viewport = canvas.localToScene(canvas.getLayoutBounds());
            var box = robot.lookup("#service-" + serviceId).tryQuery();
            if (box.isPresent()) {
                Bounds b = box.get().localToScene(box.get().getLayoutBounds());
                in.set(viewport.contains(b));
            }
        });
        return in.get();
    }
}
