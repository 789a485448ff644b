package io.zonewright.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A bar at the top of the window for messages that need no dialog: a refused edit, a file changed on disk. */
final class Notices extends HBox {

    private final Label message = new Label();
    private final Button action = new Button();
    private final Button close = new Button("✕");

    Notices() {
        setId("notices");
        getStyleClass().add("notices");
        message.setId("notice-text");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        close.setOnAction(e -> hide());
        getChildren().addAll(message, spring, action, close);
        hide();
    }

    void show(String text) {
        message.setText(text);
        action.setVisible(false);
        action.setManaged(false);
        reveal();
    }

    void offer(String text, String actionName, Runnable onAction) {
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

    String text() {
        return isVisible() ? message.getText() : "";
    }

    private void reveal() {
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }
}
