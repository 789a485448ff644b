package io.zonewright.ui.diagram;

import io.zonewright.ui.document.Selection;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;

/**
 * On the diagram's background: Shift-drag draws a rectangle and selects the services it touches; a plain
 * press clears the selection, and a plain drag is left to the scroll pane, which pans.
 */
final class RubberBandGesture {

    private final DiagramView view;
    private final Selection selection;
    private Rectangle band;
    private Point2D anchor;

    RubberBandGesture(DiagramView view, Selection selection) {
        this.view = view;
        this.selection = selection;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent e) {
        if (e.isConsumed()) {
            return;
        }
        if (e.isShiftDown()) {
            anchor = DiagramGestures.local(view, e);
            band = new Rectangle(anchor.getX(), anchor.getY(), 0, 0);
            band.getStyleClass().add("rubber-band");
            view.overlay().getChildren().add(band);
            e.consume();
        } else {
            selection.clear();
        }
    }

    private void dragged(MouseEvent e) {
        if (band != null) {
            Point2D p = DiagramGestures.local(view, e);
            band.setX(Math.min(p.getX(), anchor.getX()));
            band.setY(Math.min(p.getY(), anchor.getY()));
            band.setWidth(Math.abs(p.getX() - anchor.getX()));
            band.setHeight(Math.abs(p.getY() - anchor.getY()));
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (band != null) {
            Bounds bounds = band.getBoundsInParent();
            List<String> inside = new ArrayList<>();
            view.serviceViews().forEach((id, v) -> {
                if (bounds.intersects(v.getBoundsInParent())) {
                    inside.add(id);
                }
            });
            selection.setAll(inside);
            view.overlay().getChildren().remove(band);
            band = null;
            anchor = null;
            e.consume();
        }
    }
}
