package io.zonewright.ui.diagram;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.transform.Scale;

/**
 * Zoom of the diagram with a Scale transform, clamped, around the cursor for Ctrl+wheel and around the
 * centre of the view for the keys; fit shows the whole diagram.
 */
public final class ZoomControl {

    /** Small enough to fit a 20,000-service design on a screen. */
    public static final double MIN = 0.02;
    static final double MAX = 4;
    private static final double STEP = 1.2;
    /** Below this, labels are unreadable: the diagram is drawn as a sketch. */
    static final double SKETCH_BELOW = 0.5;
    /** How far review mode enlarges a small design. */
    private static final double PRESENTATION_MAX = 1.6;
    /** Room around what a frame shows. */
    private static final double FRAME_MARGIN = 40;

    private final ScrollPane scroll;
    private final DiagramView diagram;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public ZoomControl(ScrollPane scroll, DiagramView diagram) {
        this.scroll = scroll;
        this.diagram = diagram;
        diagram.getTransforms().add(scale);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                Point2D pivot = diagram.sceneToLocal(e.getSceneX(), e.getSceneY());
                zoomAround(e.getDeltaY() > 0 ? STEP : 1 / STEP, pivot);
                e.consume();
            }
        });
    }

    public double factor() {
        return scale.getX();
    }

    /** The zoom factor, to follow (the diagram draws only what is visible at the current zoom). */
    public javafx.beans.property.DoubleProperty factorProperty() {
        return scale.xProperty();
    }

    public void zoomIn() {
        zoomAround(STEP, viewCentre());
    }

    public void zoomOut() {
        zoomAround(1 / STEP, viewCentre());
    }

    public void actualSize() {
        set(1, viewCentre());
    }

    /** Shows the whole diagram in the window. */
    public void fit() {
        showWhole(MAX);
    }

    /** Frames a design just opened: the whole of it when it is larger than the window, else at actual size. */
    public void frameNewDesign() {
        showWhole(1);
    }

    /** For a projector: the whole design as large as the view allows, up to {@link #PRESENTATION_MAX}. */
    public void present() {
        showWhole(PRESENTATION_MAX);
    }

    /** The whole diagram from its top left corner, as large as the view allows but at most {@code largest}. */
    private void showWhole(double largest) {
        Bounds viewport = scroll.getViewportBounds();
        double w = diagram.getPrefWidth();
        double h = diagram.getPrefHeight();
        if (w <= 0 || h <= 0 || viewport.getWidth() <= 0) {
            return;
        }
        set(Math.min(largest, Math.min(viewport.getWidth() / w, viewport.getHeight() / h)), new Point2D(0, 0));
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    private void zoomAround(double by, Point2D pivot) {
        set(scale.getX() * by, pivot);
    }

    /** Sets the zoom and scrolls so that {@code pivot} (diagram coordinates) stays where it was on screen. */
    private void set(double factor, Point2D pivot) {
        double clamped = Math.max(MIN, Math.min(MAX, factor));
        Point2D before = diagram.localToScene(pivot);
        scale.setX(clamped);
        scale.setY(clamped);
        diagram.pseudoClassStateChanged(DiagramView.ZOOMED_OUT, clamped < SKETCH_BELOW);
        diagram.setSketch(clamped < SKETCH_BELOW);
        scroll.layout();
        Point2D after = diagram.localToScene(pivot);
        Bounds content = scroll.getContent().getLayoutBounds();
        Bounds viewport = scroll.getViewportBounds();
        double extraW = content.getWidth() - viewport.getWidth();
        double extraH = content.getHeight() - viewport.getHeight();
        if (extraW > 0) {
            scroll.setHvalue(clamp(scroll.getHvalue() + (after.getX() - before.getX()) / extraW));
        }
        if (extraH > 0) {
            scroll.setVvalue(clamp(scroll.getVvalue() + (after.getY() - before.getY()) / extraH));
        }
    }

    /**
     * Shows a diagram rectangle whole, in the middle of the view: zoomed out as far as it needs (never in),
     * with a margin around it.
     */
    public void frame(double x, double y, double w, double h) {
        Bounds viewport = scroll.getViewportBounds();
        double fits = Math.min(viewport.getWidth() / (w + 2 * FRAME_MARGIN), viewport.getHeight() / (h + 2 * FRAME_MARGIN));
        if (fits < factor()) {
            set(fits, new Point2D(x + w / 2, y + h / 2));
        }
        reveal(x, y, w, h);
    }

    /** Scrolls so that the given diagram rectangle is visible. */
    void reveal(double x, double y, double w, double h) {
        Bounds content = scroll.getContent().getLayoutBounds();
        Bounds viewport = scroll.getViewportBounds();
        double extraW = content.getWidth() - viewport.getWidth();
        double extraH = content.getHeight() - viewport.getHeight();
        double cx = (x + w / 2) * factor() - viewport.getWidth() / 2;
        double cy = (y + h / 2) * factor() - viewport.getHeight() / 2;
        if (extraW > 0) {
            scroll.setHvalue(clamp(cx / extraW));
        }
        if (extraH > 0) {
            scroll.setVvalue(clamp(cy / extraH));
        }
    }

    private Point2D viewCentre() {
        Bounds viewport = scroll.getViewportBounds();
        return diagram.sceneToLocal(scroll.localToScene(viewport.getWidth() / 2, viewport.getHeight() / 2));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
