package io.zonewright.ui.diagram;

import io.zonewright.layout.DiagramLayout;
import io.zonewright.ui.document.DiagramEdits;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Dragging a lane's title onto another lane moves the zone to that place in the trust order (one undo
 * step; the zones it passes step back by one). While dragging, a line shows where the lane would go.
 */
final class LaneReorder {

    private final Node diagram;
    private final Group overlay;
    private final Supplier<DiagramLayout> layout;
    private final DiagramEdits edits;
    private final BooleanSupplier readOnly;
    private final Line dropLine = new Line();
    private boolean dragging;

    LaneReorder(Node diagram, Group overlay, Supplier<DiagramLayout> layout, DiagramEdits edits, BooleanSupplier readOnly) {
        this.diagram = diagram;
        this.overlay = overlay;
        this.layout = layout;
        this.edits = edits;
        this.readOnly = readOnly;
        dropLine.getStyleClass().add("lane-drop");
        dropLine.setId("lane-drop");
    }

    /** Lets the title of a zone's lane be dragged. */
    void attach(Node title, String zoneId) {
        title.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !readOnly.getAsBoolean()) {
                dragging = true;
                title.setCursor(Cursor.MOVE);
                overlay.getChildren().add(dropLine);
                e.consume();
            }
        });
        title.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragging) {
                showDrop(zoneId, target(e));
            }
            // The title is held: the canvas does not pan under it.
            e.consume();
        });
        title.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragging) {
                return;
            }
            dragging = false;
            title.setCursor(null);
            overlay.getChildren().remove(dropLine);
            int to = target(e);
            if (to >= 0 && to != indexOf(zoneId)) {
                edits.moveZone(zoneId, to);
            }
            e.consume();
        });
    }

    /** The index of the lane under the pointer, or -1 outside every lane. */
    private int target(MouseEvent e) {
        Point2D at = DiagramGestures.local(diagram, e);
        DiagramLayout.Lane lane = layout.get().laneAt(at.getY());
        return lane == null ? -1 : layout.get().lanes().indexOf(lane);
    }

    private int indexOf(String zoneId) {
        return layout.get().lanes().indexOf(layout.get().lane(zoneId));
    }

    /** The line where the lane would go: above the lane it is over when it moves up, below it when down. */
    private void showDrop(String zoneId, int to) {
        int from = indexOf(zoneId);
        dropLine.setVisible(to >= 0 && to != from);
        if (!dropLine.isVisible()) {
            return;
        }
        DiagramLayout.Lane lane = layout.get().lanes().get(to);
        double y = to < from ? lane.y() : lane.y() + lane.height();
        dropLine.setStartX(0);
        dropLine.setEndX(layout.get().width());
        dropLine.setStartY(y);
        dropLine.setEndY(y);
    }
}
