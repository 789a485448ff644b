package io.zonewright.ui.diagram;

import io.zonewright.ui.document.DiagramEdits;
import io.zonewright.ui.document.Selection;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * The mouse on the diagram, one gesture a class: select and move ({@link MoveGesture}), rename by
 * double-click ({@link RenameGesture}), connect from a service's handle ({@link ConnectGesture}), select
 * with a rubber band on the background ({@link RubberBandGesture}); a lane is moved by its title
 * ({@link LaneReorder}). This class hands each view of the diagram to the gestures it takes part in, and
 * holds whether the diagram may be edited (review mode only looks).
 */
final class DiagramGestures {

    private final Selection selection;
    private final MoveGesture move;
    private final RenameGesture rename;
    private final ConnectGesture connect;
    private final LaneReorder laneReorder;
    private boolean readOnly;

    DiagramGestures(DiagramView view, Selection selection, DiagramEdits edits) {
        this.selection = selection;
        this.move = new MoveGesture(view, selection, edits, () -> readOnly);
        this.rename = new RenameGesture(view, edits);
        this.connect = new ConnectGesture(view, edits, () -> readOnly);
        this.laneReorder = new LaneReorder(view, view.overlay(), view::diagramLayout, edits, () -> readOnly);
        new RubberBandGesture(view, selection);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    void attach(ServiceNodeView node) {
        node.setOnMousePressed(e -> {
            move.pressed(node, e);
            if (e.getClickCount() == 2 && !readOnly) {
                rename.start(node);
            }
            e.consume();
        });
        node.setOnMouseDragged(e -> {
            move.dragged(e);
            e.consume();
        });
        node.setOnMouseReleased(e -> {
            move.released(e);
            e.consume();
        });
        connect.attach(node);
    }

    /** Lets a lane be moved by dragging its title. */
    void attachLaneTitle(Node title, String zoneId) {
        laneReorder.attach(title, zoneId);
    }

    void attach(ConnectionView connection) {
        connection.setOnMousePressed(e -> {
            String id = connection.connection().id();
            if (e.isShortcutDown() || e.isShiftDown()) {
                selection.toggle(id);
            } else {
                selection.select(id);
            }
            e.consume();
        });
    }

    /** Where a mouse event is, in the diagram's coordinates. */
    static Point2D local(Node view, MouseEvent e) {
        return view.sceneToLocal(e.getSceneX(), e.getSceneY());
    }
}
