package io.zonewright.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A bar at the top of the window for messages that need no dialog: a refused edit, a file changed on disk. */
public final class Notices extends HBox {

    private final Label message = new Label();
    private final Button action = new Button();
    private final Button close = new Button("✕");

    public Notices() {
        setId("notices");
        getStyleClass().add("notices");
        message.setId("notice-text");
        // A long message wraps onto more lines; the buttons keep their words.
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        action.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> hide());
        getChildren().addAll(message, action, close);
        hide();
    }

    public void show(String text) {
        message.setText(text);
        action.setVisible(false);
        action.setManaged(false);
        reveal();
    }

    public void offer(String text, String actionName, Runnable onAction) {
        message.setText(text);
        action.setText(actionName);
        action.setOnAction(e -> {
            hide();
            onAction.run();
        });
        action.setVisible(true);
        action.setManaged(true);
        reveal();
    }

    public String text() {
        return isVisible() ? message.getText() : "";
    }

    private void reveal() {
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }
}
