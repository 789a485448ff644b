package io.zonewright.ui.diagram;

import io.zonewright.edit.TopologyEdits.Placement;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Position;
import io.zonewright.ui.document.DiagramEdits;
import io.zonewright.ui.document.Selection;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Pressing a service selects it (Shift or the shortcut key adds it to the selection); dragging moves the
 * selection, previewed while dragging and one undo step on release, into whichever lane the boxes end in.
 */
final class MoveGesture {

    /** A press and release this close together is a click, not a move. */
    private static final double CLICK_SLOP = 3;

    private final DiagramView view;
    private final Selection selection;
    private final DiagramEdits edits;
    private final BooleanSupplier readOnly;
    private Point2D pressedAt;
    private final Map<String, Point2D> origins = new HashMap<>();

    MoveGesture(DiagramView view, Selection selection, DiagramEdits edits, BooleanSupplier readOnly) {
        this.view = view;
        this.selection = selection;
        this.edits = edits;
        this.readOnly = readOnly;
    }

    void pressed(ServiceNodeView node, MouseEvent e) {
        String id = node.service().id();
        if (e.isShortcutDown() || e.isShiftDown()) {
            selection.toggle(id);
        } else if (!selection.contains(id)) {
            selection.select(id);
        }
        pressedAt = DiagramGestures.local(view, e);
        origins.clear();
        for (String selected : selection.ids()) {
            ServiceNodeView v = view.serviceView(selected);
            if (v != null) {
                origins.put(selected, new Point2D(v.getLayoutX(), v.getLayoutY()));
            }
        }
    }

    void dragged(MouseEvent e) {
        if (!readOnly.getAsBoolean() && pressedAt != null) {
            Point2D d = DiagramGestures.local(view, e).subtract(pressedAt);
            origins.forEach((sid, origin) -> view.serviceView(sid).relocate(
                    Math.max(0, origin.getX() + d.getX()), Math.max(0, origin.getY() + d.getY())));
        }
    }

    void released(MouseEvent e) {
        if (!readOnly.getAsBoolean() && pressedAt != null && DiagramGestures.local(view, e).distance(pressedAt) > CLICK_SLOP) {
            commit();
        }
        pressedAt = null;
    }

    private void commit() {
        DiagramLayout layout = view.diagramLayout();
        Map<String, Placement> placements = new HashMap<>();
        for (String id : origins.keySet()) {
            ServiceNodeView v = view.serviceView(id);
            double centerY = v.getLayoutY() + DiagramLayout.BOX_HEIGHT / 2;
            DiagramLayout.Lane lane = layout.laneAt(centerY);
            if (lane == null) {
                lane = centerY < 0 ? layout.lanes().get(0) : layout.lanes().get(layout.lanes().size() - 1);
            }
            double x = Math.max(DiagramLayout.LANE_HEADER, v.getLayoutX());
            double y = Math.max(0, Math.min(v.getLayoutY() - lane.y(), lane.height() - DiagramLayout.BOX_HEIGHT / 2));
            placements.put(id, new Placement(lane.zone().id(), new Position(Math.round(x), Math.round(y))));
        }
        edits.moveServices(placements);
    }
}
