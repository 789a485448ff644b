package io.zonewright.ui.diagram;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Severity;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.layout.PortLabels;
import io.zonewright.model.Service;
import io.zonewright.text.Visible;
import io.zonewright.ui.common.Icons;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;

import java.util.List;
import java.util.stream.Collectors;

/** A service on the canvas: its kind's icon, its name and its ports; findings mark it through CSS. */
public final class ServiceNodeView extends StackPane {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /**
     * Between the icon and the text, and what the box's padding (10) and border (1.5) on each side take off its
     * width, as the stylesheet sets them, with 2 px to spare so that a name at the limit stays off the border.
     */
    private static final double GAP = 8;
    private static final double TEXT_INSET = 2 * 10 + 2 * 1.5 + 2;
    public static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");

    private final Service service;
    private final Circle handle = new Circle(6);
    /** The findings' count and the hops of a compromise, made when first shown: most boxes never show them. */
    private Label badge;
    private Label hops;

    ServiceNodeView(Service service) {
        this.service = service;
        getStyleClass().addAll("service", "kind-" + service.kind().yamlName());
        setId("service-" + service.id());
        setPrefSize(DiagramLayout.BOX_WIDTH, DiagramLayout.BOX_HEIGHT);
        setMinSize(DiagramLayout.BOX_WIDTH, DiagramLayout.BOX_HEIGHT);
        setMaxSize(DiagramLayout.BOX_WIDTH, DiagramLayout.BOX_HEIGHT);

        SVGPath icon = Icons.of(service.kind());
        // The name is text rather than a label, of which a diagram would make thousands. A long name takes a
        // second line rather than running past the box: it wraps at the room the box leaves beside the icon.
        Text name = new Text(service.displayName());
        name.getStyleClass().add("service-name");
        name.setWrappingWidth(DiagramLayout.BOX_WIDTH - TEXT_INSET - icon.getLayoutBounds().getWidth() - GAP);
        Label ports = new Label(PortLabels.listens(service.listens()));
        ports.getStyleClass().add("service-ports");
        VBox text = new VBox(2, name, ports);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(GAP, icon, text);
        row.setAlignment(Pos.CENTER_LEFT);
        handle.getStyleClass().add("handle");
        handle.setId("handle-" + service.id());
        StackPane.setAlignment(handle, Pos.CENTER_RIGHT);
        handle.setTranslateX(16);
        getChildren().addAll(row, handle);
    }

    /** A mark in a corner of the box, under the handle. */
    private Label mark(String styleClass, Pos corner) {
        Label mark = new Label();
        mark.getStyleClass().add(styleClass);
        StackPane.setAlignment(mark, corner);
        getChildren().add(getChildren().indexOf(handle), mark);
        return mark;
    }

    /** The knob a connection is dragged from. */
    Circle handle() {
        return handle;
    }

    Service service() {
        return service;
    }

    /** Shows how many hops away a compromise reaches this service (0 for the compromised one), or nothing. */
    void showHops(Integer count) {
        pseudoClassStateChanged(REACHED, count != null);
        if (count == null && hops == null) {
            return;
        }
        if (hops == null) {
            hops = mark("hops", Pos.BOTTOM_RIGHT);
        }
        hops.setVisible(count != null);
        hops.setText(count == null ? "" : count == 0 ? "compromised" : count + (count == 1 ? " hop" : " hops"));
    }

    /**
     * Shows the worst severity among this service's findings and their count; the badge's tooltip lists them
     * (only boxes with findings have one, and only the boxes in view exist).
     */
    void showFindings(Severity worst, List<Finding> findings) {
        FindingStyles.apply(this, worst);
        if (findings.isEmpty() && badge == null) {
            return;
        }
        if (badge == null) {
            badge = mark("badge", Pos.TOP_RIGHT);
        }
        badge.setVisible(!findings.isEmpty());
        badge.setText(Integer.toString(findings.size()));
        if (findings.isEmpty()) {
            badge.setTooltip(null);
            return;
        }
        Tooltip tip = badge.getTooltip() != null ? badge.getTooltip() : new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setText(findings.stream().map(f -> f.severity().label() + " " + f.rule() + ": " + Visible.of(f.message()))
                .collect(Collectors.joining("\n")));
        badge.setTooltip(tip);
    }
}
