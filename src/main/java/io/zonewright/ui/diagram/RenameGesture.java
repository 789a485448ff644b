package io.zonewright.ui.diagram;

import io.zonewright.layout.DiagramLayout;
import io.zonewright.ui.document.DiagramEdits;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** A double-click on a service edits its name in place: Enter renames (one undo step), Escape or leaving cancels. */
final class RenameGesture {

    private final DiagramView view;
    private final DiagramEdits edits;

    RenameGesture(DiagramView view, DiagramEdits edits) {
        this.view = view;
        this.edits = edits;
    }

    void start(ServiceNodeView node) {
        TextField field = new TextField(node.service().displayName());
        field.setId("rename-field");
        field.getStyleClass().add("rename-field");
        field.relocate(node.getLayoutX(), node.getLayoutY() + DiagramLayout.BOX_HEIGHT / 2 - 14);
        field.setPrefWidth(DiagramLayout.BOX_WIDTH);
        view.overlay().getChildren().add(field);
        field.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER) {
                view.overlay().getChildren().remove(field);
                edits.rename(node.service().id(), field.getText().strip());
            } else if (k.getCode() == KeyCode.ESCAPE) {
                view.overlay().getChildren().remove(field);
            }
            k.consume();
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                view.overlay().getChildren().remove(field);
            }
        });
        field.selectAll();
        field.requestFocus();
    }
}
