package io.zonewright.ui.diagram;

import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Endpoint;
import io.zonewright.ui.document.DiagramEdits;
import javafx.geometry.Point2D;
import javafx.scene.shape.Line;

import java.util.function.BooleanSupplier;

/**
 * Dragging from a service's handle draws a line; dropping it on another service, on an address range's node,
 * on a zone's lane title or on the every-service rail connects the service to it (one undo step).
 */
final class ConnectGesture {

    /** How close to the every-service rail a drop counts as on it. */
    private static final double RAIL_REACH = 20;

    private final DiagramView view;
    private final DiagramEdits edits;
    private final BooleanSupplier readOnly;
    private Line preview;

    ConnectGesture(DiagramView view, DiagramEdits edits, BooleanSupplier readOnly) {
        this.view = view;
        this.edits = edits;
        this.readOnly = readOnly;
    }

    void attach(ServiceNodeView node) {
        node.handle().setOnMousePressed(e -> {
            if (readOnly.getAsBoolean()) {
                return;
            }
            Point2D start = DiagramGestures.local(view, e);
            preview = new Line(start.getX(), start.getY(), start.getX(), start.getY());
            preview.getStyleClass().add("connect-preview");
            view.overlay().getChildren().add(preview);
            e.consume();
        });
        node.handle().setOnMouseDragged(e -> {
            if (preview != null) {
                Point2D p = DiagramGestures.local(view, e);
                preview.setEndX(p.getX());
                preview.setEndY(p.getY());
            }
            e.consume();
        });
        node.handle().setOnMouseReleased(e -> {
            if (preview != null) {
                view.overlay().getChildren().remove(preview);
                preview = null;
                Endpoint target = endAt(DiagramGestures.local(view, e));
                if (target != null && !target.text().equals(node.service().id())) {
                    edits.connect(node.service().id(), target);
                }
            }
            e.consume();
        });
    }

    /**
     * The end a connection dropped at a point goes to: the service whose box is there, the address range
     * whose node is there, the zone whose lane title is there, or every service at the rail; null anywhere
     * else.
     */
    private Endpoint endAt(Point2D p) {
        for (ServiceNodeView v : view.serviceViews().values()) {
            if (v.getBoundsInParent().contains(p)) {
                return new Endpoint.ServiceRef(v.service().id());
            }
        }
        DiagramLayout layout = view.diagramLayout();
        for (DiagramLayout.RangeNode range : layout.ranges().values()) {
            if (range.rect().contains(p.getX(), p.getY())) {
                return range.network();
            }
        }
        DiagramLayout.Rect rail = layout.everyServiceRail();
        if (rail != null && Math.abs(p.getX() - rail.centerX()) <= RAIL_REACH) {
            return Endpoint.AllServices.INSTANCE;
        }
        DiagramLayout.Lane lane = layout.laneAt(p.getY());
        return lane != null && p.getX() < DiagramLayout.LANE_HEADER ? new Endpoint.ZoneRef(lane.zone().id()) : null;
    }
}
