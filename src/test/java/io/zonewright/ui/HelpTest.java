package io.zonewright.ui;

import io.zonewright.analysis.DriftRules;
import io.zonewright.analysis.RuleDescription;
import io.zonewright.analysis.Rules;
import io.zonewright.ui.common.Help;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Help menu and the first start's welcome, through the real window. */
class HelpTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Test
    void theWelcomeIsShownOnFirstStartUntilDismissed(FxRobot robot) {
        robot.interact(() -> window.started());
        assertTrue(window.notices().text().startsWith("Welcome to Zonewright."), window.notices().text());
        javafx.scene.control.Button gotIt = robot.lookup("Got It").queryButton();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gotIt.getWidth() >= gotIt.prefWidth(-1) - 0.5, "a long notice wraps; its button keeps its words");
        robot.clickOn("Got It");
        assertEquals("", window.notices().text());
        assertTrue(preferences.getBoolean(Help.WELCOMED, false));
        robot.interact(() -> window.started());
        assertEquals("", window.notices().text(), "shown once");
    }

    @Test
    void theShortcutsAreTheMenusOwnAndTheCatalogueHoldsEveryRule(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("Keyboard Shortcuts");
        TableView<Help.Shortcut> shortcuts = robot.lookup("#help-shortcuts .table-view").queryTableView();
        List<String> listed = shortcuts.getItems().stream().map(s -> s.action() + " = " + s.keys()).toList();
        assertTrue(listed.contains("File ▸ Save = Ctrl+S"), listed::toString);
        assertTrue(listed.contains("File ▸ Export ▸ Configurations… = Ctrl+E"), listed::toString);
        assertTrue(listed.contains("View ▸ Review Mode = F5"), listed::toString);
        Screenshots.take(robot, shortcuts.getScene().getWindow(), "help-shortcuts.png");
        robot.clickOn(robot.lookup("#help-shortcuts").queryAs(DialogPane.class).lookupButton(ButtonType.CLOSE));

        robot.clickOn("Help").clickOn("Rule Catalogue");
        TableView<RuleDescription> rules = robot.lookup("#help-rules .table-view").queryTableView();
        List<String> ids = rules.getItems().stream().map(RuleDescription::id).toList();
        assertTrue(ids.containsAll(Rules.described().stream().map(RuleDescription::id).toList()), ids::toString);
        assertTrue(ids.containsAll(DriftRules.ALL.stream().map(RuleDescription::id).toList()), ids::toString);
        assertFalse(rules.getItems().stream().anyMatch(r -> r.rationale().isBlank() || r.hint().isBlank()));
        Screenshots.take(robot, rules.getScene().getWindow(), "help-rules.png");
        robot.clickOn(robot.lookup("#help-rules").queryAs(DialogPane.class).lookupButton(ButtonType.CLOSE));

        robot.clickOn("Help").clickOn("About Zonewright");
        DialogPane about = robot.lookup("#help-about").queryAs(DialogPane.class);
        assertTrue(about.getHeaderText().startsWith("Zonewright "), about.getHeaderText());
        robot.clickOn(about.lookupButton(ButtonType.OK));
    }
}
