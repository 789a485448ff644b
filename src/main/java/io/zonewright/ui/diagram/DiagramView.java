package io.zonewright.ui.diagram;

import io.zonewright.analysis.EndpointResolver;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import io.zonewright.analysis.Severity;
import io.zonewright.compare.DesignDiff;
import io.zonewright.compare.Drift;
import io.zonewright.layout.ConnectionRoute;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.layout.Point;
import io.zonewright.layout.Routing;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.ui.common.Icons;
import io.zonewright.ui.common.Latest;
import io.zonewright.ui.document.DiagramEdits;
import io.zonewright.ui.document.Selection;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The diagram: swimlanes, then connections, then services, then overlays (drag previews, rubber band,
 * in-place rename), each in its own layer so that arrows never hide a box. Only what lies in the visible
 * part of the window is in the scene graph, and a view is made the first time it becomes visible and kept
 * while its element is unchanged, so that large designs open fast and an edit redraws only what it
 * touched. Findings and selection only toggle CSS pseudo-classes.
 */
public final class DiagramView extends Pane {

    static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");
    public static final PseudoClass CROSSING = PseudoClass.getPseudoClass("crossing");
    public static final PseudoClass DRIFT_MISSING = PseudoClass.getPseudoClass("drift-missing");
    static final PseudoClass DRIFT_BROADER = PseudoClass.getPseudoClass("drift-broader");
    static final PseudoClass DRIFT_EXTRA = PseudoClass.getPseudoClass("drift-extra");
    public static final PseudoClass CHANGE_ADDED = PseudoClass.getPseudoClass("change-added");
    static final PseudoClass CHANGE_WIDENED = PseudoClass.getPseudoClass("change-widened");
    public static final PseudoClass CHANGE_OTHER = PseudoClass.getPseudoClass("change-other");
    /** Below half size, labels and ports are left out: they would be unreadable and cost the most to draw. */
    public static final PseudoClass ZOOMED_OUT = PseudoClass.getPseudoClass("zoomed-out");
    /** More arrows than this in view are drawn as plain lines. */
    private static final int CROWDED = 600;
    /** Drawn beyond the visible area, so that a little scrolling shows no gap. */
    private static final double MARGIN = 150;

    private final Group lanes = new Group();
    private final Group connections = new Group();
    private final Group services = new Group();
    private final Group overlay = new Group();
    /** The deployed flows an audit found and the design does not document. */
    private final Group driftFlows = new Group();
    private DriftMarks drift = DriftMarks.NONE;
    /** The connections a comparison says the open design removed, drawn where they were. */
    private final Group removedFlows = new Group();
    private ChangeMarks changes = ChangeMarks.NONE;
    /** Zoomed out: one path per colour for all arrows and a plain rectangle per service, instead of full views. */
    private final Group sketch = new Group();
    private boolean sketchMode;
    private boolean refreshPending;
    private final Map<String, ServiceNodeView> serviceViews = new HashMap<>();
    private final Map<String, ConnectionView> connectionViews = new HashMap<>();
    /** Every connection that can be drawn, in canonical order; views exist only for those seen so far. */
    private List<ConnectionRoute> geometry = List.of();
    private final ZoneMenu zoneMenu;
    private javafx.scene.control.ContextMenu openZoneMenu;
    /** The arrows of what is shown, kept so that the next edit re-routes only the arrows it touches. */
    private Routing routing;
    /** Designs with this many connections or more are routed off the FX thread. */
    public static final int ROUTED_IN_BACKGROUND_FROM = 300;
    private final Latest router = new Latest("zonewright-routing");
    private final Selection selection;
    private final DiagramGestures gestures;
    private final Map<String, Severity> worst = new HashMap<>();
    /** The findings on each element, by its id: a box's badge counts them and its tooltip lists them. */
    private final Map<String, List<Finding>> findingsOn = new HashMap<>();
    private final Set<String> onPath = new HashSet<>();
    private final Map<String, Integer> hops = new HashMap<>();
    private final Set<String> crossings = new HashSet<>();
    /** Until the window reports its viewport, assume a screenful at the top left. */
    private Bounds visible = new BoundingBox(-MARGIN, -MARGIN, 1600 + 2 * MARGIN, 1000 + 2 * MARGIN);
    private DiagramLayout layout;
    private Topology topology;

    public DiagramView(Selection selection, DiagramEdits edits, ZoneMenu zoneMenu) {
        this.selection = selection;
        this.zoneMenu = zoneMenu;
        getStyleClass().add("diagram");
        getChildren().addAll(lanes, sketch, connections, driftFlows, removedFlows, services, overlay);
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
        layout = DiagramLayout.of(newTopology, true, EndpointResolver.zoneIds(newTopology));
        double width = Math.max(layout.width(), 1200);
        drawLanes(width);
        Set<String> serviceIds = new HashSet<>();
        for (DiagramLayout.Box box : layout.boxes().values()) {
            String id = box.service().id();
            serviceIds.add(id);
            ServiceNodeView view = serviceViews.get(id);
            if (view != null && view.service() != box.service()) {
                serviceViews.remove(id);
                services.getChildren().remove(view);
            } else if (view != null) {
                view.relocate(box.x(), box.y());
            }
        }
        serviceViews.keySet().removeIf(id -> {
            if (!serviceIds.contains(id)) {
                services.getChildren().remove(serviceViews.get(id));
                return true;
            }
            return false;
        });
        if (newTopology.connections().size() < ROUTED_IN_BACKGROUND_FROM) {
            showRoutes(Routing.of(newTopology, layout, routing));
        } else {
            // Routing hundreds of arrows takes longer than a frame: the arrows whose surroundings did not change
            // keep their routes, the others are straight until the router has placed them.
            Routing previous = routing;
            DiagramLayout laidOut = layout;
            Routing provisional = Routing.provisional(newTopology, laidOut, previous);
            showRoutes(provisional);
            if (provisional.isComplete()) {
                // Nothing moved that an arrow goes around, or the design is past routing: nothing to work out.
                router.cancel();
            } else {
                router.run(() -> Routing.of(newTopology, laidOut, previous), routed -> {
                    if (topology == newTopology) {
                        showRoutes(routed);
                        refreshVisible();
                    }
                }, failure -> {
                    // The provisional arrows stay: straight, they still join what the design joins.
                });
            }
        }
        selection.ids().removeIf(id -> layout.box(id) == null && newTopology.connection(id) == null && newTopology.zone(id) == null);
        setPrefSize(width, Math.max(layout.height(), 200));
        refreshVisible();
        drawDriftFlows();
        drawRemovedFlows();
    }

    /** Draws the arrows of a routing: views whose route is unchanged stay, the others are made again as they come into view. */
    private void showRoutes(Routing shown) {
        routing = shown;
        geometry = routing.routes();
        Set<String> current = new HashSet<>();
        for (ConnectionRoute g : geometry) {
            ConnectionView view = connectionViews.get(g.connection().id());
            if (view != null && view.route().equals(g)) {
                current.add(g.connection().id());
            }
        }
        connectionViews.keySet().removeIf(id -> {
            if (!current.contains(id)) {
                connections.getChildren().remove(connectionViews.get(id));
                return true;
            }
            return false;
        });
    }

    /** The arrows as drawn now: provisional while a large design is being routed in the background. */
    public List<ConnectionRoute> routes() {
        return geometry;
    }

    private void drawLanes(double width) {
        lanes.getChildren().clear();
        for (DiagramLayout.Lane lane : layout.lanes()) {
            Rectangle band = new Rectangle(0, lane.y(), width, lane.height());
            band.getStyleClass().addAll("lane", "role-" + lane.zone().role().yamlName());
            band.setId("lane-" + lane.zone().id());
            Label title = new Label(lane.zone().displayName(), Icons.of(lane.zone().role()));
            title.getStyleClass().add("lane-title");
            title.setId("lane-title-" + lane.zone().id());
            // The title selects its zone (the inspector then edits it); its menu, and the lane's, edit the zones.
            title.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    selection.setAll(List.of(lane.zone().id()));
                }
            });
            for (javafx.scene.Node node : List.of(title, band)) {
                // On the press of the secondary button as well as on the platform's request (which some
                // platforms send only on release, and a keyboard sends with no button at all). The menu is
                // made when asked for, from the design as it is then; lanes are redrawn after every edit.
                node.setOnContextMenuRequested(e -> showZoneMenu(lane.zone(), node, e.getScreenX(), e.getScreenY()));
                node.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
                    if (e.isSecondaryButtonDown()) {
                        showZoneMenu(lane.zone(), node, e.getScreenX(), e.getScreenY());
                    }
                });
            }
            gestures.attachLaneTitle(title, lane.zone().id());
            title.setLayoutX(12);
            title.setLayoutY(lane.y() + 10);
            Label role = new Label(lane.zone().role().yamlName());
            role.getStyleClass().add("lane-role");
            role.setLayoutX(42);
            role.setLayoutY(lane.y() + 36);
            lanes.getChildren().addAll(band, title, role);
        }
        for (DiagramLayout.RangeNode range : layout.ranges().values()) {
            lanes.getChildren().add(rangeNode(range));
        }
        DiagramLayout.Rect rail = layout.everyServiceRail();
        if (rail != null) {
            Rectangle line = new Rectangle(rail.x(), rail.y(), rail.width(), rail.height());
            line.getStyleClass().add("every-service-rail");
            line.setId("every-service-rail");
            Label name = new Label("every service (*)");
            name.getStyleClass().add("every-service-label");
            name.setRotate(90);
            name.setLayoutY(80);
            name.layoutXProperty().bind(name.widthProperty().divide(-2).add(rail.x() + 20));
            lanes.getChildren().addAll(line, name);
        }
    }

    /** An address range's node in its lane's header: a connection dropped on it goes to the range. */
    private static Label rangeNode(DiagramLayout.RangeNode range) {
        Label node = new Label(range.network().text());
        node.getStyleClass().add("range-node");
        node.setId(rangeNodeId(range.network().text()));
        node.setTooltip(new javafx.scene.control.Tooltip("Address range " + range.network().text()
                + ": connections to or from it end here. Drop a new connection on it to connect to it."));
        node.setLayoutX(range.rect().x());
        node.setLayoutY(range.rect().y());
        node.setMinSize(range.rect().width(), range.rect().height());
        node.setMaxSize(range.rect().width(), range.rect().height());
        return node;
    }

    /** The node id of a range's node: its text with the characters a CSS selector cannot hold replaced. */
    public static String rangeNodeId(String range) {
        return "range-" + range.replaceAll("[^A-Za-z0-9]", "-");
    }

    /** Shows a zone's menu, in place of one already open (a press and the platform's request both ask). */
    private void showZoneMenu(Zone zone, javafx.scene.Node owner, double screenX, double screenY) {
        if (openZoneMenu != null) {
            openZoneMenu.hide();
        }
        openZoneMenu = zoneMenu.of(zone);
        openZoneMenu.show(owner, screenX, screenY);
    }

    /**
     * The part of the diagram on screen, in diagram coordinates; only that part is drawn. Scrolling and
     * zooming report several changes at once, so the redraw happens once, after them.
     */
    public void setVisibleArea(Bounds area) {
        visible = new BoundingBox(area.getMinX() - MARGIN, area.getMinY() - MARGIN,
                area.getWidth() + 2 * MARGIN, area.getHeight() + 2 * MARGIN);
        if (!refreshPending) {
            refreshPending = true;
            javafx.application.Platform.runLater(() -> {
                refreshPending = false;
                refreshVisible();
            });
        }
    }

    /**
     * The whole diagram as the window draws it (colours, badges, labels), {@code scale} times its own size
     * whatever the zoom: for the PNG export. Only the part on screen is drawn otherwise, so for the
     * picture the whole is drawn, then the view is as it was.
     */
    public javafx.scene.image.WritableImage picture(double scale) {
        double zoom = getLocalToParentTransform().getMxx();
        Bounds was = visible;
        boolean sketchWas = sketchMode;
        visible = new BoundingBox(-MARGIN, -MARGIN, getPrefWidth() + 2 * MARGIN, getPrefHeight() + 2 * MARGIN);
        setSketch(false);
        refreshVisible();
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        // A node's snapshot carries its own transforms, the zoom among them: undone here.
        parameters.setTransform(javafx.scene.transform.Transform.scale(scale / zoom, scale / zoom));
        javafx.scene.image.WritableImage image = snapshot(parameters, null);
        visible = was;
        setSketch(sketchWas);
        refreshVisible();
        return image;
    }

    /** Switches between full views and the sketch drawn when zoomed out. */
    void setSketch(boolean on) {
        if (on != sketchMode) {
            sketchMode = on;
            services.setVisible(!on);
            refreshVisible();
        }
    }

    private void refreshVisible() {
        if (layout == null) {
            return;
        }
        List<ConnectionRoute> inView = geometry.stream().filter(g -> g.meets(visible.getMinX(), visible.getMinY(), visible.getMaxX(), visible.getMaxY())).toList();
        // Crowded views and overviews get arrows as plain lines, one path per colour: thousands of arrow
        // views with labels would make every scroll stutter, and their labels could not be read anyway.
        boolean plainArrows = sketchMode || inView.size() > CROWDED;
        List<javafx.scene.Node> sketchNodes = new ArrayList<>();
        List<javafx.scene.Node> connectionNodes = new ArrayList<>();
        if (plainArrows) {
            sketchNodes.addAll(sketchConnections(inView));
        } else {
            for (ConnectionRoute g : inView) {
                ConnectionView view = connectionViews.get(g.connection().id());
                connectionNodes.add(view != null ? view : newConnectionView(g));
            }
        }
        List<javafx.scene.Node> serviceNodes = new ArrayList<>();
        for (DiagramLayout.Box box : layout.boxes().values()) {
            if (visible.intersects(box.x(), box.y(), DiagramLayout.BOX_WIDTH, DiagramLayout.BOX_HEIGHT)) {
                if (sketchMode) {
                    sketchNodes.add(sketchService(box));
                } else {
                    ServiceNodeView view = serviceViews.get(box.service().id());
                    serviceNodes.add(view != null ? view : newServiceView(box));
                }
            }
        }
        sketch.getChildren().setAll(sketchNodes);
        show(connections, connectionNodes);
        show(services, serviceNodes);
    }

    /**
     * Makes a layer hold exactly these nodes. Bulk removal and addition: removing thousands of nodes one by
     * one from an observable list is quadratic, and zooming in from an overview removes most of them.
     */
    private static void show(Group layer, List<javafx.scene.Node> wanted) {
        Set<javafx.scene.Node> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(wanted);
        layer.getChildren().removeIf(n -> !keep.contains(n));
        Set<javafx.scene.Node> present = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        present.addAll(layer.getChildren());
        layer.getChildren().addAll(wanted.stream().filter(n -> !present.contains(n)).toList());
    }

    private List<javafx.scene.Node> sketchConnections(List<ConnectionRoute> inView) {
        javafx.scene.shape.Path plain = sketchPath("sketch-connection");
        javafx.scene.shape.Path red = sketchPath("sketch-connection-violation");
        javafx.scene.shape.Path amber = sketchPath("sketch-connection-warning");
        for (ConnectionRoute g : inView) {
            Severity w = worst.get(g.connection().id());
            javafx.scene.shape.Path path = w == null || w.compareTo(Severity.MEDIUM) > 0 ? plain
                    : w == Severity.MEDIUM ? amber : red;
            path.getElements().add(new javafx.scene.shape.MoveTo(g.start().x(), g.start().y()));
            for (Point p : g.points().subList(1, g.points().size())) {
                path.getElements().add(new javafx.scene.shape.LineTo(p.x(), p.y()));
            }
        }
        return List.of(plain, amber, red);
    }

    private Rectangle sketchService(DiagramLayout.Box box) {
        Rectangle r = new Rectangle(box.x(), box.y(), DiagramLayout.BOX_WIDTH, DiagramLayout.BOX_HEIGHT);
        r.getStyleClass().add("sketch-service");
        FindingStyles.apply(r, worst.get(box.service().id()));
        return r;
    }

    private static javafx.scene.shape.Path sketchPath(String styleClass) {
        javafx.scene.shape.Path path = new javafx.scene.shape.Path();
        path.getStyleClass().add(styleClass);
        return path;
    }

    private ServiceNodeView newServiceView(DiagramLayout.Box box) {
        ServiceNodeView view = new ServiceNodeView(box.service());
        view.relocate(box.x(), box.y());
        String id = box.service().id();
        view.showFindings(worst.get(id), findingsOn.getOrDefault(id, List.of()));
        view.pseudoClassStateChanged(ServiceNodeView.SELECTED, selection.contains(id));
        view.pseudoClassStateChanged(ON_PATH, onPath.contains(id));
        view.showHops(hops.get(id));
        markDrift(view, drift.services().get(id));
        markChange(view, changes.services().get(id));
        gestures.attach(view);
        serviceViews.put(id, view);
        return view;
    }

    private ConnectionView newConnectionView(ConnectionRoute g) {
        ConnectionView view = new ConnectionView(g);
        String id = g.connection().id();
        view.showFindings(worst.get(id));
        view.pseudoClassStateChanged(ServiceNodeView.SELECTED, selection.contains(id));
        view.pseudoClassStateChanged(ON_PATH, onPath.contains(id));
        view.pseudoClassStateChanged(CROSSING, crossings.contains(id));
        markDrift(view, drift.connections().get(id));
        markChange(view, changes.connections().get(id));
        gestures.attach(view);
        connectionViews.put(id, view);
        return view;
    }

    /** Marks every element with the worst of the findings on it (a connection, or a service). */
    public void showFindings(Report report) {
        worst.clear();
        findingsOn.clear();
        for (Finding f : report.findings()) {
            worst.merge(f.target(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            findingsOn.computeIfAbsent(f.target(), t -> new ArrayList<>()).add(f);
        }
        serviceViews.forEach((id, view) -> view.showFindings(worst.get(id), findingsOn.getOrDefault(id, List.of())));
        connectionViews.forEach((id, view) -> view.showFindings(worst.get(id)));
        if (sketchMode || !sketch.getChildren().isEmpty()) {
            refreshVisible();
        }
    }

    /**
     * Lights a path (service ids in the direction of traffic): its services and the connections between
     * consecutive ones. An empty path clears the light.
     */
    public void highlightPath(List<String> path) {
        highlightPaths(List.of(path));
    }

    /** Lights several paths at once, as the attack-path overlay does. */
    public void highlightPaths(List<List<String>> paths) {
        onPath.clear();
        if (!paths.isEmpty()) {
            // Each hop looks up the connections into its destination: paths times connections would take
            // seconds on the FX thread at thousands of services.
            Map<String, List<Connection>> byDestination = new HashMap<>();
            for (ConnectionRoute g : geometry) {
                byDestination.computeIfAbsent(g.connection().to().text(), k -> new ArrayList<>()).add(g.connection());
            }
            paths.forEach(path -> addPath(path, byDestination));
        }
        serviceViews.forEach((id, v) -> v.pseudoClassStateChanged(ON_PATH, onPath.contains(id)));
        connectionViews.forEach((id, v) -> v.pseudoClassStateChanged(ON_PATH, onPath.contains(id)));
    }

    private void addPath(List<String> path, Map<String, List<Connection>> byDestination) {
        for (int i = 0; i < path.size(); i++) {
            onPath.add(path.get(i));
            if (i > 0) {
                String from = path.get(i - 1);
                Service source = topology.service(from);
                String zoneOfSource = source == null ? from : Endpoint.ZONE_PREFIX + source.zone();
                for (Connection c : byDestination.getOrDefault(path.get(i), List.of())) {
                    if (c.from().text().equals(from) || c.from().text().equals(zoneOfSource)) {
                        onPath.add(c.id());
                    }
                }
            }
        }
    }

    /** Shows, on each service a compromise reaches, how many hops away it is; an empty map clears it. */
    public void showHops(Map<String, Integer> reached) {
        hops.clear();
        hops.putAll(reached);
        serviceViews.forEach((id, v) -> v.showHops(hops.get(id)));
    }

    /** Marks the connections that cross a zone boundary; an empty set clears the marks. */
    public void showCrossings(Set<String> connectionIds) {
        crossings.clear();
        crossings.addAll(connectionIds);
        connectionViews.forEach((id, v) -> v.pseudoClassStateChanged(CROSSING, crossings.contains(id)));
    }

    /** Shows an audit's drift; {@link DriftMarks#NONE} clears it. */
    public void showDrift(DriftMarks marks) {
        drift = marks;
        serviceViews.forEach((id, v) -> markDrift(v, marks.services().get(id)));
        connectionViews.forEach((id, v) -> markDrift(v, marks.connections().get(id)));
        drawDriftFlows();
    }

    DriftMarks drift() {
        return drift;
    }

    private static void markDrift(javafx.scene.Node view, Drift.Kind kind) {
        view.pseudoClassStateChanged(DRIFT_MISSING, kind == Drift.Kind.MISSING);
        view.pseudoClassStateChanged(DRIFT_BROADER, kind == Drift.Kind.BROADER);
        view.pseudoClassStateChanged(DRIFT_EXTRA, kind == Drift.Kind.EXTRA);
    }

    /** Draws each undocumented flow as the arrow its connection would have, from the current layout. */
    private void drawDriftFlows() {
        drawGhosts(driftFlows, drift.flows().stream().map(f -> new Ghost(f.connection(), "drift-",
                List.of("drift-flow", f.kind() == Drift.Kind.EXTRA ? "extra" : "broader"))).toList());
    }

    /** Shows a comparison with another version; {@link ChangeMarks#NONE} clears it. */
    public void showChanges(ChangeMarks marks) {
        changes = marks;
        serviceViews.forEach((id, v) -> markChange(v, marks.services().get(id)));
        connectionViews.forEach((id, v) -> markChange(v, marks.connections().get(id)));
        drawRemovedFlows();
    }

    ChangeMarks changes() {
        return changes;
    }

    private static void markChange(javafx.scene.Node view, DesignDiff.Kind kind) {
        view.pseudoClassStateChanged(CHANGE_ADDED, kind == DesignDiff.Kind.ADDED);
        view.pseudoClassStateChanged(CHANGE_WIDENED, kind == DesignDiff.Kind.WIDENED);
        view.pseudoClassStateChanged(CHANGE_OTHER, kind != null && kind != DesignDiff.Kind.ADDED
                && kind != DesignDiff.Kind.WIDENED);
    }

    private void drawRemovedFlows() {
        drawGhosts(removedFlows, changes.removed().stream().map(c -> new Ghost(c, "removed-", List.of("removed-flow"))).toList());
    }

    /** An arrow that is not one of the design's connections: its id prefix and style classes. */
    private record Ghost(Connection connection, String idPrefix, List<String> styles) {
    }

    /** Draws arrows of the current layout into a layer of their own; one whose ends are gone is left out. */
    private void drawGhosts(Group layer, List<Ghost> ghosts) {
        layer.getChildren().clear();
        if (layout == null || ghosts.isEmpty()) {
            return;
        }
        for (Ghost ghost : ghosts) {
            DiagramLayout.Rect from = layout.anchor(ghost.connection().from());
            DiagramLayout.Rect to = layout.anchor(ghost.connection().to());
            if (from != null && to != null) {
                ConnectionView view = new ConnectionView(routing.single(ghost.connection(), from, to));
                view.setId(ghost.idPrefix() + ghost.connection().id());
                view.getStyleClass().setAll(ghost.styles());
                layer.getChildren().add(view);
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

    Group overlay() {
        return overlay;
    }

    /** The services drawn now (those in view). */
    Map<String, ServiceNodeView> serviceViews() {
        return serviceViews;
    }

    /** The view of a service, made if it was not drawn yet; null for an unknown id. */
    public ServiceNodeView serviceView(String id) {
        ServiceNodeView view = serviceViews.get(id);
        if (view == null && layout != null && layout.box(id) != null) {
            view = newServiceView(layout.box(id));
        }
        return view;
    }

    public ConnectionView connectionView(String id) {
        return connectionViews.get(id);
    }

    /** How many full views are in the scene graph now, for tests of large designs. */
    public int drawnCount() {
        return sketchMode ? 0 : services.getChildren().size() + connections.getChildren().size();
    }

    public boolean isSketch() {
        return sketchMode;
    }

    public void setReadOnly(boolean readOnly) {
        gestures.setReadOnly(readOnly);
    }
}
