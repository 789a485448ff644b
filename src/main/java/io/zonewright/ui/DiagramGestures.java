package io.zonewright.ui;

import io.zonewright.edit.TopologyEdits.Placement;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Position;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mouse on the diagram: select, move (one undo step per drag, previewed while dragging), connect by
 * dragging from a service's handle to another service, rename by double-click, rubber-band selection with
 * Shift on the background. A plain drag on the background is left to the scroll pane, which pans.
 */
final class DiagramGestures {

    private static final double CLICK_SLOP = 3;

    private final DiagramView view;
    private final Selection selection;
    private final DiagramEdits edits;
    private boolean readOnly;

    private Point2D pressedAt;
    private final Map<String, Point2D> origins = new HashMap<>();
    private Line connectPreview;
    /** How close to the every-service rail a drop counts as on it. */
    private static final double RAIL_REACH = 20;
    private Rectangle rubberBand;

    DiagramGestures(DiagramView view, Selection selection, DiagramEdits edits) {
        this.view = view;
        this.selection = selection;
        this.edits = edits;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::backgroundPressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::backgroundDragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::backgroundReleased);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    void attach(ServiceNodeView node) {
        String id = node.service().id();
        node.setOnMousePressed(e -> {
            if (e.isShortcutDown() || e.isShiftDown()) {
                selection.toggle(id);
            } else if (!selection.contains(id)) {
                selection.select(id);
            }
            if (e.getClickCount() == 2 && !readOnly) {
                startRename(node);
            }
            pressedAt = local(e);
            origins.clear();
            for (String selected : selection.ids()) {
                ServiceNodeView v = view.serviceView(selected);
                if (v != null) {
                    origins.put(selected, new Point2D(v.getLayoutX(), v.getLayoutY()));
                }
            }
            e.consume();
        });
        node.setOnMouseDragged(e -> {
            if (!readOnly && pressedAt != null) {
                Point2D d = local(e).subtract(pressedAt);
                origins.forEach((sid, origin) -> view.serviceView(sid).relocate(
                        Math.max(0, origin.getX() + d.getX()), Math.max(0, origin.getY() + d.getY())));
            }
            e.consume();
        });
        node.setOnMouseReleased(e -> {
            if (!readOnly && pressedAt != null && local(e).distance(pressedAt) > CLICK_SLOP) {
                commitMove();
            }
            pressedAt = null;
            e.consume();
        });
        attachHandle(node);
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

    private void attachHandle(ServiceNodeView node) {
        node.handle().setOnMousePressed(e -> {
            if (readOnly) {
                return;
            }
            Point2D start = local(e);
            connectPreview = new Line(start.getX(), start.getY(), start.getX(), start.getY());
            connectPreview.getStyleClass().add("connect-preview");
            view.overlay().getChildren().add(connectPreview);
            e.consume();
        });
        node.handle().setOnMouseDragged(e -> {
            if (connectPreview != null) {
                Point2D p = local(e);
                connectPreview.setEndX(p.getX());
                connectPreview.setEndY(p.getY());
            }
            e.consume();
        });
        node.handle().setOnMouseReleased(e -> {
            if (connectPreview != null) {
                view.overlay().getChildren().remove(connectPreview);
                connectPreview = null;
                Endpoint target = endAt(local(e));
                if (target != null && !target.text().equals(node.service().id())) {
                    edits.connect(node.service().id(), target);
                }
            }
            e.consume();
        });
    }

    private void commitMove() {
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

    private void startRename(ServiceNodeView node) {
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

    private void backgroundPressed(MouseEvent e) {
        if (e.isConsumed()) {
            return;
        }
        if (e.isShiftDown()) {
            Point2D p = local(e);
            rubberBand = new Rectangle(p.getX(), p.getY(), 0, 0);
            rubberBand.getStyleClass().add("rubber-band");
            view.overlay().getChildren().add(rubberBand);
            pressedAt = p;
            e.consume();
        } else {
            selection.clear();
        }
    }

    private void backgroundDragged(MouseEvent e) {
        if (rubberBand != null) {
            Point2D p = local(e);
            rubberBand.setX(Math.min(p.getX(), pressedAt.getX()));
            rubberBand.setY(Math.min(p.getY(), pressedAt.getY()));
            rubberBand.setWidth(Math.abs(p.getX() - pressedAt.getX()));
            rubberBand.setHeight(Math.abs(p.getY() - pressedAt.getY()));
            e.consume();
        }
    }

    private void backgroundReleased(MouseEvent e) {
        if (rubberBand != null) {
            Bounds band = rubberBand.getBoundsInParent();
            List<String> inside = new ArrayList<>();
            view.serviceViews().forEach((id, v) -> {
                if (band.intersects(v.getBoundsInParent())) {
                    inside.add(id);
                }
            });
            selection.setAll(inside);
            view.overlay().getChildren().remove(rubberBand);
            rubberBand = null;
            pressedAt = null;
            e.consume();
        }
    }

    /**
     * The end a connection dropped at a point goes to: the service whose box is there, the zone whose lane
     * title is there, or every service at the rail; null anywhere else.
     */
    private Endpoint endAt(Point2D p) {
        ServiceNodeView service = serviceAt(p);
        if (service != null) {
            return new Endpoint.ServiceRef(service.service().id());
        }
        DiagramLayout layout = view.diagramLayout();
        DiagramLayout.Rect rail = layout.everyServiceRail();
        if (rail != null && Math.abs(p.getX() - rail.centerX()) <= RAIL_REACH) {
            return Endpoint.AllServices.INSTANCE;
        }
        DiagramLayout.Lane lane = layout.laneAt(p.getY());
        return lane != null && p.getX() < DiagramLayout.LANE_HEADER ? new Endpoint.ZoneRef(lane.zone().id()) : null;
    }

    private ServiceNodeView serviceAt(Point2D p) {
        for (ServiceNodeView v : view.serviceViews().values()) {
            if (v.getBoundsInParent().contains(p)) {
                return v;
            }
        }
        return null;
    }

    private Point2D local(MouseEvent e) {
        return view.sceneToLocal(e.getSceneX(), e.getSceneY());
    }
}
