package io.zonewright.ui;

import io.zonewright.analysis.Severity;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Connection;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/** A connection as an arrow from box to box, labelled with its port; findings mark it through CSS. */
final class ConnectionView extends Group {

    private static final double ARROW = 10;

    private final Connection connection;
    private final Object geometryKey;

    /** {@code geometryKey} says what the view was drawn from; an equal key later means it can be kept. */
    ConnectionView(Connection connection, DiagramLayout.Rect from, DiagramLayout.Rect to, double offset, Object geometryKey) {
        this.connection = connection;
        this.geometryKey = geometryKey;
        getStyleClass().add("connection");
        setId("connection-" + connection.id());
        double[] start = from.borderPoint(to.centerX(), to.centerY());
        double[] end = to.borderPoint(from.centerX(), from.centerY());
        shiftSideways(start, end, offset);
        Line line = new Line(start[0], start[1], end[0], end[1]);
        line.getStyleClass().add("connection-line");
        double angle = Math.atan2(end[1] - start[1], end[0] - start[0]);
        Polygon head = new Polygon(end[0], end[1],
                end[0] - ARROW * Math.cos(angle - 0.4), end[1] - ARROW * Math.sin(angle - 0.4),
                end[0] - ARROW * Math.cos(angle + 0.4), end[1] - ARROW * Math.sin(angle + 0.4));
        head.getStyleClass().add("connection-head");
        // A Text rather than a Label: thousands of arrows are drawn at once and a control costs far more.
        Text label = new Text(connection.port().toString());
        label.getStyleClass().add("connection-label");
        // Labels sit at 40% of the way, so that the two directions of a pair of services do not overlap.
        label.setX(start[0] + (end[0] - start[0]) * 0.4 - 20);
        label.setY(start[1] + (end[1] - start[1]) * 0.4 + 4);
        getChildren().addAll(line, head, label);
        // The purpose shows on hover; the tooltip is made on first hover, as thousands of arrows may be drawn.
        setOnMouseEntered(e -> {
            if (getProperties().putIfAbsent("tooltip", Boolean.TRUE) == null) {
                Tooltip.install(this, new Tooltip(connection.from().text() + " -> " + connection.to().text() + "  "
                        + connection.port() + (connection.hasPurpose() ? "\n" + connection.purpose() : "")
                        + "\nauth: " + connection.auth().yamlName()));
            }
        });
    }

    /** Moves a segment perpendicular to itself, so that parallel connections are drawn side by side. */
    private static void shiftSideways(double[] start, double[] end, double offset) {
        double dx = end[0] - start[0];
        double dy = end[1] - start[1];
        double length = Math.hypot(dx, dy);
        if (offset == 0 || length == 0) {
            return;
        }
        double nx = -dy / length * offset;
        double ny = dx / length * offset;
        start[0] += nx;
        start[1] += ny;
        end[0] += nx;
        end[1] += ny;
    }

    Connection connection() {
        return connection;
    }

    Object geometryKey() {
        return geometryKey;
    }

    void showFindings(Severity worst) {
        FindingStyles.apply(this, worst);
    }
}
