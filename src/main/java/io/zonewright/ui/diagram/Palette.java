package io.zonewright.ui.diagram;

import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Position;
import io.zonewright.model.ServiceKind;
import io.zonewright.ui.common.Icons;
import io.zonewright.ui.document.DiagramEdits;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.layout.VBox;

/**
 * The service kinds, to drag onto a lane. The drag is plain mouse events rather than platform
 * drag-and-drop: the press on an item grabs the mouse, so the release arrives here wherever it happens,
 * and the same gesture works in a real window and in headless tests.
 */
public final class Palette extends VBox {

    private final DiagramView diagram;
    private final DiagramEdits edits;
    private final Label ghost = new Label();

    public Palette(DiagramView diagram, DiagramEdits edits) {
        this.diagram = diagram;
        this.edits = edits;
        setId("palette");
        getStyleClass().add("palette");
        Label title = new Label("Services");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (ServiceKind kind : ServiceKind.values()) {
            getChildren().add(item(kind));
        }
        ghost.getStyleClass().add("palette-ghost");
        ghost.setMouseTransparent(true);
    }

    /** An entry: its kind's icon and name, as shapes and text rather than a label, of which a start makes many. */
    private HBox item(ServiceKind kind) {
        Text name = new Text(kind.yamlName());
        name.getStyleClass().add("palette-name");
        HBox item = new HBox(6, Icons.of(kind), name);
        item.setId("palette-" + kind.yamlName());
        item.getStyleClass().add("palette-item");
        item.setOnMousePressed(e -> {
            ghost.setText(kind.yamlName());
            e.consume();
        });
        item.setOnMouseDragged(e -> {
            if (!diagram.overlay().getChildren().contains(ghost)) {
                diagram.overlay().getChildren().add(ghost);
            }
            Point2D p = diagram.sceneToLocal(e.getSceneX(), e.getSceneY());
            ghost.relocate(p.getX(), p.getY());
            e.consume();
        });
        item.setOnMouseReleased(e -> {
            diagram.overlay().getChildren().remove(ghost);
            drop(kind, diagram.sceneToLocal(e.getSceneX(), e.getSceneY()));
            e.consume();
        });
        return item;
    }

    /** Adds a service where it was dropped, if that is on a lane. */
    private void drop(ServiceKind kind, Point2D at) {
        DiagramLayout layout = diagram.diagramLayout();
        if (layout == null || at.getX() < 0 || at.getX() > diagram.getWidth()) {
            return;
        }
        DiagramLayout.Lane lane = layout.laneAt(at.getY());
        if (lane == null) {
            return;
        }
        double x = Math.max(DiagramLayout.LANE_HEADER, at.getX() - DiagramLayout.BOX_WIDTH / 2);
        double y = Math.max(0, at.getY() - lane.y() - DiagramLayout.BOX_HEIGHT / 2);
        edits.addService(kind, lane.zone().id(), new Position(Math.round(x), Math.round(y)));
    }
}
