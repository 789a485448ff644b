package io.zonewright.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shortcut the menus show works from the keyboard: each is pressed as a user would press it, and the
 * item it names must act. The items' actions are swapped for a recorder, so that Open or Quit only say so.
 */
class ShortcutsTest extends ArticleWindowTest {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Test
    void everyMenuShortcutActs(FxRobot robot) {
        // Two edits, one undone: Undo and Redo both have something to do, so neither is disabled.
        robot.clickOn("#service-redis").press(KeyCode.RIGHT).release(KeyCode.RIGHT).press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.interact(() -> window.undoManager().undo());
        List<MenuItem> items = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        robot.interact(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            bar.getMenus().forEach(menu -> collect(menu, items));
            for (MenuItem item : items) {
                item.setOnAction(e -> fired.add(item.getText()));
            }
        });
        assertTrue(items.size() >= 20, "the menus' shortcuts: " + items.size());
        robot.clickOn("#lane-internet");
        List<String> silent = new ArrayList<>();
        for (MenuItem item : items) {
            fired.clear();
            assertTrue(!item.isDisable(), item.getText() + " is enabled when its shortcut is pressed");
            press(robot, item.getAccelerator());
            WaitForAsyncUtils.waitForFxEvents();
            if (!fired.equals(List.of(item.getText()))) {
                silent.add(item.getText() + " (" + item.getAccelerator().getDisplayText() + ") fired " + fired);
            }
        }
        assertEquals(List.of(), silent, "shortcuts that did not act as their item");
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, out);
            } else if (item.getAccelerator() != null) {
                out.add(item);
            }
        }
    }

    /** Presses a combination with the keys a user's fingers would: Ctrl+Plus is Ctrl and the = key. */
    private static void press(FxRobot robot, KeyCombination combination) {
        List<KeyCode> keys = new ArrayList<>();
        if (combination.getShortcut() == KeyCombination.ModifierValue.DOWN || combination.getControl() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.CONTROL);
        }
        if (combination.getShift() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.SHIFT);
        }
        if (combination.getAlt() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.ALT);
        }
        if (combination instanceof KeyCodeCombination code) {
            keys.add(code.getCode());
        } else if (combination instanceof KeyCharacterCombination character) {
            keys.add(switch (character.getCharacter()) {
                case "+" -> KeyCode.EQUALS;
                case "-" -> KeyCode.MINUS;
                default -> throw new AssertionError("no key for " + character.getCharacter());
            });
        }
        KeyCode[] all = keys.toArray(KeyCode[]::new);
        robot.press(all);
        List<KeyCode> reversed = new ArrayList<>(keys);
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
    }
}
