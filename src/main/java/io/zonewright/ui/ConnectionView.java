package io.zonewright.ui;

import io.zonewright.analysis.Severity;
import io.zonewright.layout.ConnectionRoute;
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
    private final ConnectionRoute route;

    ConnectionView(ConnectionRoute route) {
        this.route = route;
        this.connection = route.connection();
        getStyleClass().add("connection");
        setId("connection-" + connection.id());
        double[] s = route.segment();
        Line line = new Line(s[0], s[1], s[2], s[3]);
        line.getStyleClass().add("connection-line");
        double angle = Math.atan2(s[3] - s[1], s[2] - s[0]);
        Polygon head = new Polygon(s[2], s[3],
                s[2] - ARROW * Math.cos(angle - 0.4), s[3] - ARROW * Math.sin(angle - 0.4),
                s[2] - ARROW * Math.cos(angle + 0.4), s[3] - ARROW * Math.sin(angle + 0.4));
        head.getStyleClass().add("connection-head");
        // A Text rather than a Label: thousands of arrows are drawn at once and a control costs far more.
        Text label = new Text(route.label());
        label.getStyleClass().add("connection-label");
        double[] at = route.labelPoint();
        label.setX(at[0] - 20);
        label.setY(at[1] + 4);
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

    Connection connection() {
        return connection;
    }

    /** What the arrow was drawn from: an equal route later means the view can be kept. */
    ConnectionRoute route() {
        return route;
    }

    void showFindings(Severity worst) {
        FindingStyles.apply(this, worst);
    }
}
