package io.zonewright.ui;

import io.zonewright.ui.files.FileActions;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zoom keys as users press them, and file dialogs that start where the design is. */
class KeysAndFileDialogsTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Test
    void ctrlEqualsZoomsInAsCtrlPlusWould(FxRobot robot) {
        double before = window.zoom().factorProperty().get();
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(window.zoom().factorProperty().get() > before, "zoomed in");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(before, window.zoom().factorProperty().get(), 1e-9, "and out again");
    }

    @Test
    void saveAsOffersTheDesignsFolderAndName(FxRobot robot) {
        FileChooser[] chooser = new FileChooser[1];
        robot.interact(() -> chooser[0] = window.files().chooser("Save the design", true));
        assertEquals(design.toAbsolutePath().getParent().toFile(), chooser[0].getInitialDirectory());
        assertEquals(design.getFileName().toString(), chooser[0].getInitialFileName());
        assertEquals("three-zone-web-application.yaml", FileActions.fileNameFor("Three-zone web application"));
        assertEquals("design.yaml", FileActions.fileNameFor("  ///  "));
    }
}
