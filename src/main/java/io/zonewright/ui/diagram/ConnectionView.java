package io.zonewright.ui.diagram;

import io.zonewright.analysis.Severity;
import io.zonewright.layout.ConnectionRoute;
import io.zonewright.layout.Point;
import io.zonewright.model.Connection;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.geometry.VPos;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;
import javafx.scene.shape.Polygon;

/** A connection as an arrow from box to box, labelled with its port; findings mark it through CSS. */
public final class ConnectionView extends Group {

    private static final double ARROW = 10;

    private final Connection connection;
    private final ConnectionRoute route;

    ConnectionView(ConnectionRoute route) {
        this.route = route;
        this.connection = route.connection();
        getStyleClass().add("connection");
        setId("connection-" + connection.id());
        Polyline line = new Polyline();
        for (Point p : route.points()) {
            line.getPoints().addAll(p.x(), p.y());
        }
        line.getStyleClass().add("connection-line");
        Point tip = route.end();
        Point before = route.beforeEnd();
        double angle = Math.atan2(tip.y() - before.y(), tip.x() - before.x());
        Polygon head = new Polygon(tip.x(), tip.y(),
                tip.x() - ARROW * Math.cos(angle - 0.4), tip.y() - ARROW * Math.sin(angle - 0.4),
                tip.x() - ARROW * Math.cos(angle + 0.4), tip.y() - ARROW * Math.sin(angle + 0.4));
        head.getStyleClass().add("connection-head");
        getChildren().addAll(line, head, label(route));
        // The purpose shows on hover; the tooltip is made on first hover, as thousands of arrows may be drawn.
        setOnMouseEntered(e -> {
            if (getProperties().putIfAbsent("tooltip", Boolean.TRUE) == null) {
                Tooltip.install(this, new Tooltip(connection.from().text() + " -> " + connection.to().text() + "  "
                        + connection.port() + (connection.hasPurpose() ? "\n" + connection.purpose() : "")
                        + "\nauth: " + connection.auth().yamlName()));
            }
        });
    }

    /**
     * The port label on a background where the routing found room: a Text rather than a Label, since
     * thousands of arrows are drawn at once and a control costs far more.
     */
    private static Group label(ConnectionRoute route) {
        String text = route.label();
        double width = ConnectionRoute.labelWidth(text);
        Point c = route.labelCentre();
        Rectangle background = new Rectangle(c.x() - width / 2, c.y() - ConnectionRoute.LABEL_HEIGHT / 2,
                width, ConnectionRoute.LABEL_HEIGHT);
        background.getStyleClass().add("connection-label-background");
        Text label = new Text(text);
        label.getStyleClass().add("connection-label");
        label.setTextOrigin(VPos.CENTER);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setX(c.x() - width / 2 + 4);
        label.setY(c.y());
        return new Group(background, label);
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
