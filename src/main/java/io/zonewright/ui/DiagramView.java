package io.zonewright.ui;

import io.zonewright.analysis.EndpointResolver;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import io.zonewright.analysis.Severity;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Connection;
import io.zonewright.model.Topology;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.HashMap;
import java.util.Map;

/**
 * The diagram: swimlanes, then connections, then services, each in its own layer so that arrows never
 * hide a box. Rebuilt from the topology; findings only toggle CSS pseudo-classes on what is drawn.
 */
public final class DiagramView extends Pane {

    private final Group lanes = new Group();
    private final Group connections = new Group();
    private final Group services = new Group();
    private final Map<String, ServiceNodeView> serviceViews = new HashMap<>();
    private final Map<String, ConnectionView> connectionViews = new HashMap<>();
    private DiagramLayout layout;

    public DiagramView() {
        getStyleClass().add("diagram");
        getChildren().addAll(lanes, connections, services);
    }

    public void show(Topology topology) {
        layout = DiagramLayout.of(topology);
        lanes.getChildren().clear();
        connections.getChildren().clear();
        services.getChildren().clear();
        serviceViews.clear();
        connectionViews.clear();
        double width = Math.max(layout.width(), 800);
        for (DiagramLayout.Lane lane : layout.lanes()) {
            Rectangle band = new Rectangle(0, lane.y(), width, lane.height());
            band.getStyleClass().addAll("lane", "role-" + lane.zone().role().yamlName());
            Label title = new Label(lane.zone().displayName());
            title.getStyleClass().add("lane-title");
            title.setLayoutX(12);
            title.setLayoutY(lane.y() + 10);
            Label role = new Label(lane.zone().role().yamlName());
            role.getStyleClass().add("lane-role");
            role.setLayoutX(12);
            role.setLayoutY(lane.y() + 32);
            lanes.getChildren().addAll(band, title, role);
        }
        EndpointResolver resolver = new EndpointResolver(topology);
        for (Connection c : topology.connections()) {
            DiagramLayout.Rect from = layout.anchor(c.from(), resolver);
            DiagramLayout.Rect to = layout.anchor(c.to(), resolver);
            if (from != null && to != null) {
                ConnectionView view = new ConnectionView(c, from, to);
                connectionViews.put(c.id(), view);
                connections.getChildren().add(view);
            }
        }
        for (DiagramLayout.Box box : layout.boxes().values()) {
            ServiceNodeView view = new ServiceNodeView(box.service());
            view.relocate(box.x(), box.y());
            serviceViews.put(box.service().id(), view);
            services.getChildren().add(view);
        }
        setPrefSize(width, layout.height());
    }

    /** Marks every element with the worst of the findings on it (a connection, or a service). */
    public void showFindings(Report report) {
        Map<String, Severity> worst = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : report.findings()) {
            worst.merge(f.target(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            counts.merge(f.target(), 1, Integer::sum);
        }
        serviceViews.forEach((id, view) -> view.showFindings(worst.get(id), counts.getOrDefault(id, 0)));
        connectionViews.forEach((id, view) -> view.showFindings(worst.get(id)));
    }

    public DiagramLayout diagramLayout() {
        return layout;
    }

    ServiceNodeView serviceView(String id) {
        return serviceViews.get(id);
    }

    ConnectionView connectionView(String id) {
        return connectionViews.get(id);
    }
}
