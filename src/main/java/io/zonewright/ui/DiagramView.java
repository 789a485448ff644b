package io.zonewright.ui;

import io.zonewright.analysis.EndpointResolver;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import io.zonewright.analysis.Severity;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Topology;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The diagram: swimlanes, then connections, then services, then overlays (drag previews, rubber band,
 * in-place rename), each in its own layer so that arrows never hide a box. Rebuilt from the topology;
 * findings and selection only toggle CSS pseudo-classes on what is drawn.
 */
public final class DiagramView extends Pane {

    static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");

    private final Group lanes = new Group();
    private final Group connections = new Group();
    private final Group services = new Group();
    private final Group overlay = new Group();
    private final Map<String, ServiceNodeView> serviceViews = new HashMap<>();
    private final Map<String, ConnectionView> connectionViews = new HashMap<>();
    private final Selection selection;
    private final DiagramGestures gestures;
    private DiagramLayout layout;
    private Topology topology;

    DiagramView(Selection selection, DiagramEdits edits) {
        this.selection = selection;
        getStyleClass().add("diagram");
        getChildren().addAll(lanes, connections, services, overlay);
        gestures = new DiagramGestures(this, selection, edits);
        selection.ids().addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                markSelected(change.getElementAdded(), true);
            }
            if (change.wasRemoved()) {
                markSelected(change.getElementRemoved(), false);
            }
        });
    }

    public void show(Topology newTopology) {
        topology = newTopology;
        layout = DiagramLayout.of(newTopology);
        lanes.getChildren().clear();
        connections.getChildren().clear();
        services.getChildren().clear();
        serviceViews.clear();
        connectionViews.clear();
        double width = Math.max(layout.width(), 1200);
        for (DiagramLayout.Lane lane : layout.lanes()) {
            Rectangle band = new Rectangle(0, lane.y(), width, lane.height());
            band.getStyleClass().addAll("lane", "role-" + lane.zone().role().yamlName());
            band.setId("lane-" + lane.zone().id());
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
        EndpointResolver resolver = new EndpointResolver(newTopology);
        for (Connection c : newTopology.connections()) {
            DiagramLayout.Rect from = layout.anchor(c.from(), resolver);
            DiagramLayout.Rect to = layout.anchor(c.to(), resolver);
            if (from != null && to != null) {
                ConnectionView view = new ConnectionView(c, from, to);
                connectionViews.put(c.id(), view);
                gestures.attach(view);
                connections.getChildren().add(view);
            }
        }
        for (DiagramLayout.Box box : layout.boxes().values()) {
            ServiceNodeView view = new ServiceNodeView(box.service());
            view.relocate(box.x(), box.y());
            serviceViews.put(box.service().id(), view);
            gestures.attach(view);
            services.getChildren().add(view);
        }
        selection.ids().retainAll(allIds());
        selection.ids().forEach(id -> markSelected(id, true));
        setPrefSize(width, Math.max(layout.height(), 200));
    }

    private Set<String> allIds() {
        Set<String> ids = new HashSet<>(serviceViews.keySet());
        ids.addAll(connectionViews.keySet());
        return ids;
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

    /**
     * Lights a path (service ids in the direction of traffic): its services and the connections between
     * consecutive ones. An empty path clears the light.
     */
    public void highlightPath(List<String> path) {
        serviceViews.values().forEach(v -> v.pseudoClassStateChanged(ON_PATH, false));
        connectionViews.values().forEach(v -> v.pseudoClassStateChanged(ON_PATH, false));
        for (int i = 0; i < path.size(); i++) {
            ServiceNodeView service = serviceViews.get(path.get(i));
            if (service != null) {
                service.pseudoClassStateChanged(ON_PATH, true);
            }
            if (i > 0) {
                String from = path.get(i - 1);
                String to = path.get(i);
                connectionViews.values().stream()
                        .filter(c -> c.connection().to().text().equals(to) && (c.connection().from().text().equals(from)
                                || c.connection().from().text().equals(topology.service(from) == null ? from
                                : Endpoint.ZONE_PREFIX + topology.service(from).zone())))
                        .forEach(c -> c.pseudoClassStateChanged(ON_PATH, true));
            }
        }
    }

    private void markSelected(String id, boolean selected) {
        ServiceNodeView service = serviceViews.get(id);
        if (service != null) {
            service.pseudoClassStateChanged(ServiceNodeView.SELECTED, selected);
        }
        ConnectionView connection = connectionViews.get(id);
        if (connection != null) {
            connection.pseudoClassStateChanged(ServiceNodeView.SELECTED, selected);
        }
    }

    public DiagramLayout diagramLayout() {
        return layout;
    }

    Topology topology() {
        return topology;
    }

    Group overlay() {
        return overlay;
    }

    Map<String, ServiceNodeView> serviceViews() {
        return serviceViews;
    }

    ServiceNodeView serviceView(String id) {
        return serviceViews.get(id);
    }

    ConnectionView connectionView(String id) {
        return connectionViews.get(id);
    }

    void setReadOnly(boolean readOnly) {
        gestures.setReadOnly(readOnly);
    }
}
