package io.zonewright.ui;

import io.zonewright.analysis.Finding;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.io.RecoveryStore;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.ui.common.BackgroundWork;
import io.zonewright.ui.common.Help;
import io.zonewright.ui.common.Notices;
import io.zonewright.ui.common.Styles;
import io.zonewright.ui.diagram.Arranging;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.diagram.Overlays;
import io.zonewright.ui.diagram.Palette;
import io.zonewright.ui.diagram.ZoneMenu;
import io.zonewright.ui.diagram.ZoomControl;
import io.zonewright.ui.document.Document;
import io.zonewright.ui.document.EditorActions;
import io.zonewright.ui.document.LiveAnalysis;
import io.zonewright.ui.document.RecentFiles;
import io.zonewright.ui.document.Selection;
import io.zonewright.ui.document.UndoManager;
import io.zonewright.ui.files.Audits;
import io.zonewright.ui.files.Comparisons;
import io.zonewright.ui.files.Exports;
import io.zonewright.ui.files.FileActions;
import io.zonewright.ui.files.ImportDialog;
import io.zonewright.ui.files.Imports;
import io.zonewright.ui.panels.ConnectionsTable;
import io.zonewright.ui.panels.FindingsPanel;
import io.zonewright.ui.panels.GeneratedPanel;
import io.zonewright.ui.panels.Inspector;
import io.zonewright.ui.panels.PanelTabs;
import io.zonewright.ui.panels.PolicyMatrix;
import io.zonewright.ui.panels.StatusSummary;
import io.zonewright.ui.review.ReviewMode;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The editor's window: menus, the palette, the diagram, the findings and connections panels, and the
 * status bar; it wires them together. What the user changes goes through {@link EditorActions}.
 */
public final class MainWindow implements ReviewMode.Window {

    private static final double NUDGE = 10;

    private final Stage stage;
    private final Document document;
    private final UndoManager undo;
    private final Selection selection = new Selection();
    private final LiveAnalysis analysis;
    private final DiagramView diagram;
    private final ScrollPane canvas;
    private final ZoomControl zoom;
    private final StatusBar status = new StatusBar();
    private final Notices notices = new Notices();
    private final FileActions files;
    private final RecentFiles recent;
    private final ReviewMode review;
    private final TabPane panels;
    private final Inspector inspector;
    private final Palette palette;
    /** The diagram above the panels, and that between the palette and the inspector. */
    private final SplitPane work;
    private final SplitPane main;
    private double[] workDividers;
    /** Fired by Ctrl+= too: the key a plus sign is on, which the menu's Ctrl+Plus alone would not match. */
    private MenuItem zoomInItem;
    /** Fired by Backspace too, and by Delete before any control can take the key. */
    private MenuItem deleteItem;
    private double[] mainDividers;
    private final Exports exports;
    private final Overlays overlays;
    private final GeneratedPanel generated;
    private final EditorActions actions;
    private final BackgroundWork background;
    private final Arranging arranging;
    private final Imports imports;
    private final Audits audits;
    private final Comparisons comparisons;
    private final Help help;

    public MainWindow(Stage stage, Document document) {
        this(stage, document, RecoveryStore.inUserHome(), userPreferences());
    }

    MainWindow(Stage stage, Document document, RecoveryStore recovery) {
        this(stage, document, recovery, userPreferences());
    }

    private static Preferences userPreferences() {
        return Preferences.userNodeForPackage(MainWindow.class);
    }

    /**
     * Reads the user's preferences for the window on a thread of its own, while the toolkit starts: the first
     * reading in a process parses their XML file with code not yet run, about 20 ms that the window would
     * otherwise spend before its first frame. The window finds them read, or waits for this reading if it
     * has not finished.
     */
    static void readPreferencesAhead() {
        Thread reader = new Thread(() -> {
            try {
                userPreferences().keys();
            } catch (java.util.prefs.BackingStoreException | SecurityException e) {
                // A store that cannot be read gives the window its defaults, read ahead or not.
            }
        }, "zonewright-preferences");
        reader.setDaemon(true);
        reader.start();
    }

    /** A window that keeps recovery copies and preferences where it is told: tests keep their own. */
    MainWindow(Stage stage, Document document, RecoveryStore recovery, Preferences preferences) {
        this.stage = stage;
        this.recent = new RecentFiles(preferences);
        this.document = document;
        this.undo = new UndoManager(document);
        this.analysis = new LiveAnalysis(document);
        this.review = new ReviewMode(this, analysis.reportProperty());
        this.actions = new EditorActions(stage, document, undo, selection, review::isActive, notices::show);
        this.background = new BackgroundWork(stage, notices);
        this.arranging = new Arranging(background, document, actions, selection);
        this.diagram = new DiagramView(selection, actions, new ZoneMenu(actions, arranging::lane, document::topology, () -> stage));
        this.canvas = new ScrollPane(new Group(diagram));
        canvas.setId("canvas");
        canvas.setPannable(true);
        this.zoom = new ZoomControl(canvas, diagram);
        this.files = new FileActions(stage, document, undo, recovery, recent, notices);
        this.exports = new Exports(stage, document, diagram, analysis.reportProperty(), notices, preferences, this::focusElement);

        Tab generatedTab = new Tab("Generated");
        generated = new GeneratedPanel(document.topologyProperty(), selection, generatedTab.selectedProperty(), exports::settings);
        // The findings' table is made once the window's first frame is drawn: making, styling and laying out its
        // rows and columns cost a cold start about as much as the rest of the panels together, and the first
        // analysis is still running then.
        Tab findingsTab = new Tab("Findings");
        TabPane panels = new TabPane(findingsTab,
                PanelTabs.contentWhenShown(new Tab("Connections"), () -> new ConnectionsTable(document.topologyProperty(),
                        (id, edited) -> actions.perform("Edit connection " + id, t -> TopologyEdits.replaceConnection(t, id, edited)),
                        notices::show)),
                PanelTabs.contentWhenShown(new Tab("Zone policy"),
                        () -> new PolicyMatrix(document.topologyProperty(), actions, notices::show)),
                PanelTabs.contentWhenShown(generatedTab, generated));
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panels.setId("panels");
        Inspector inspector = new Inspector(document.topologyProperty(), selection, actions);
        help = new Help(stage, notices, preferences);
        imports = new Imports(stage, files, background, notices);
        comparisons = new Comparisons(stage, document, background, diagram, selection, panels, this::frameIds);
        audits = new Audits(stage, document, actions, background, notices, diagram, selection, () -> exports.settings().options(), panels);

        this.panels = panels;
        this.inspector = inspector;
        this.palette = new Palette(diagram, actions);
        work = new SplitPane(canvas, panels);
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.7);
        main = new SplitPane(palette, work, inspector);
        main.setDividerPositions(0.11, 0.8);

        status.setId("status");
        status.setText("Analysing…");
        overlays = new Overlays(diagram, document.topologyProperty(), analysis.reportProperty(), selection);

        BorderPane root = new BorderPane(main);
        root.setId("root");
        VBox top = new VBox(menus(), notices);
        root.setTop(top);
        root.setBottom(status);
        review.attach(root, top);

        diagram.show(document.topology());
        javafx.beans.InvalidationListener viewportMoved = obs -> diagram.setVisibleArea(
                diagram.sceneToLocal(canvas.localToScene(canvas.getLayoutBounds())));
        canvas.hvalueProperty().addListener(viewportMoved);
        canvas.vvalueProperty().addListener(viewportMoved);
        canvas.viewportBoundsProperty().addListener(viewportMoved);
        zoom.factorProperty().addListener(viewportMoved);
        document.topologyProperty().addListener((obs, old, topology) -> {
            diagram.show(topology);
            diagram.showFindings(analysis.reportProperty().get());
        });
        // A design that opens shows whole: once the window has its size, and again for each new one.
        canvas.viewportBoundsProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable bounds) {
                if (canvas.getViewportBounds().getWidth() > 0) {
                    canvas.viewportBoundsProperty().removeListener(this);
                    javafx.application.Platform.runLater(zoom::frameNewDesign);
                }
            }
        });
        document.replacementsProperty().addListener(obs -> javafx.application.Platform.runLater(zoom::frameNewDesign));
        analysis.reportProperty().addListener((obs, old, report) -> {
            diagram.showFindings(report);
            status.setText(StatusSummary.of(report));
        });
        analysis.failureProperty().addListener((obs, old, why) -> {
            if (why != null) {
                status.setText("Analysis failed; the findings shown are from before the last edit");
                notices.show("The analysis failed (" + io.zonewright.text.Visible.of(why) + "). Undo the last edit, "
                        + "or save and report the design.");
            }
        });

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        Styles.apply(scene.getStylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        stage.setScene(scene);
        FirstFrame.then(scene, () -> findingsTab.setContent(
                new FindingsPanel(analysis.reportProperty(), this::focus, actions::waive, this::nameOf)));
        // The window manager's icons are not part of the first frame: read once it is drawn.
        FirstFrame.then(scene, () -> {
            for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
                stage.getIcons().add(new javafx.scene.image.Image(MainWindow.class.getResource(
                        "/io/zonewright/icons/app/zonewright-" + size + ".png").toExternalForm()));
            }
        });
        stage.titleProperty().bind(document.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            files.closed();
            analysis.close();
            generated.close();
        });
    }

    public void show() {
        stage.show();
    }

    public Document document() {
        return document;
    }

    /**
     * Opens a design file, read off the FX thread; a broken one is reported and the current design stays
     * open. Completes with whether it opened.
     */
    public java.util.concurrent.CompletableFuture<Boolean> open(Path file) {
        return files.open(file);
    }

    /**
     * At start-up: remembers the design among the recent files, offers what an earlier session autosaved
     * for it, if anything, and welcomes a first-time user.
     */
    void started() {
        Path file = document.fileProperty().get();
        if (file != null) {
            recent.add(file);
        }
        files.offerRecovery(file);
        help.welcomeOnFirstStart();
    }

    /** Selects a finding's elements, frames them and lights its path. */
    private void focus(Finding finding) {
        List<String> ids = new ArrayList<>(finding.elements());
        ids.add(finding.target());
        ids.removeIf(id -> diagram.serviceView(id) == null && diagram.connectionView(id) == null);
        selection.setAll(ids);
        diagram.highlightPath(finding.path());
        frame(ids);
    }

    /** An element as the design names it: a service or zone by its name, anything else by its id. */
    @Override
    public String nameOf(String id) {
        io.zonewright.model.Topology t = document.topology();
        io.zonewright.model.Service s = t.service(id);
        if (s != null) {
            return s.displayName();
        }
        io.zonewright.model.Zone z = t.zone(id);
        return z != null ? z.displayName() : id;
    }

    /** Selects a service or connection and frames it (a connection by its ends). */
    private void focusElement(String id) {
        selection.setAll(List.of(id));
        frameIds(List.of(id));
    }

    /** Frames elements (services, and connections by their ends) without changing the selection. */
    void frameIds(List<String> ids) {
        List<String> all = new ArrayList<>(ids);
        for (String id : ids) {
            io.zonewright.model.Connection c = document.topology().connection(id);
            if (c != null) {
                all.add(c.from().text());
                all.add(c.to().text());
            }
        }
        frame(all);
    }

    private void frame(List<String> ids) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (String id : ids) {
            DiagramLayout.Box box = diagram.diagramLayout().box(id);
            if (box != null) {
                minX = Math.min(minX, box.x());
                minY = Math.min(minY, box.y());
                maxX = Math.max(maxX, box.x() + DiagramLayout.BOX_WIDTH);
                maxY = Math.max(maxY, box.y() + DiagramLayout.BOX_HEIGHT);
            }
        }
        if (minX < Double.MAX_VALUE) {
            zoom.frame(minX, minY, maxX - minX, maxY - minY);
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl || review.isActive()) {
            return;
        }
        // Ctrl+Plus is Ctrl+Shift+= on most keyboards: the = key (and the keypad's +) zoom in as the menu says.
        if (e.isShortcutDown() && (e.getCode() == javafx.scene.input.KeyCode.EQUALS || e.getCode() == javafx.scene.input.KeyCode.ADD)) {
            zoomInItem.fire();
            e.consume();
            return;
        }
        double step = e.isShiftDown() ? 1 : NUDGE;
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> deleteItem.fire();
            case LEFT -> actions.nudge(diagram.diagramLayout(), -step, 0);
            case RIGHT -> actions.nudge(diagram.diagramLayout(), step, 0);
            case UP -> actions.nudge(diagram.diagramLayout(), 0, -step);
            case DOWN -> actions.nudge(diagram.diagramLayout(), 0, step);
            default -> {
                return;
            }
        }
        e.consume();
    }

    // --- menus ---

    private MenuBar menus() {
        Menu recentMenu = new Menu("Open _Recent");
        recent.files().addListener((ListChangeListener<Path>) c -> fillRecent(recentMenu));
        fillRecent(recentMenu);
        Menu export = new Menu("_Export");
        export.setId("export-menu");
        export.getItems().addAll(
                item("_Configurations…", "Shortcut+E", exports::configurations),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Diagram as _PNG…", "Shortcut+Shift+P", exports::png),
                item("Diagram as S_VG…", "Shortcut+Shift+G", exports::svg),
                item("Findings _report (Markdown)…", "Shortcut+Shift+R", exports::report));
        Menu file = new Menu("_File", null,
                item("_New", "Shortcut+N", files::newDesign),
                item("_Open…", "Shortcut+O", files::open),
                recentMenu,
                item("_Save", "Shortcut+S", files::save),
                item("Save _As…", "Shortcut+Shift+S", files::saveAs),
                importMenu(),
                export,
                item("Au_dit Against…", "Shortcut+Shift+A", audits::ask),
                item("_Compare With…", "Shortcut+Shift+D", comparisons::askFile),
                plainItem("Compare With _Git Revision…", comparisons::askRevision),
                item("_Quit", "Shortcut+Q", () -> {
                    if (files.confirmDiscard()) {
                        stage.close();
                    }
                }));

        deleteItem = item("_Delete", "Delete", actions::deleteSelection);
        MenuItem undoItem = item("_Undo", "Shortcut+Z", undo::undo);
        undoItem.setId("undo-item");
        undoItem.textProperty().bind(Bindings.when(undo.undoNameProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", undo.undoNameProperty())));
        undoItem.disableProperty().bind(undo.undoNameProperty().isEmpty());
        MenuItem redoItem = item("_Redo", "Shortcut+Shift+Z", undo::redo);
        redoItem.textProperty().bind(Bindings.when(undo.redoNameProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", undo.redoNameProperty())));
        redoItem.disableProperty().bind(undo.redoNameProperty().isEmpty());
        Menu edit = new Menu("_Edit", null, undoItem, redoItem,
                item("_Copy", "Shortcut+C", actions::copy),
                item("_Paste", "Shortcut+V", () -> actions.paste(diagram.diagramLayout())),
                deleteItem,
                item("Select _All", "Shortcut+A", actions::selectAll),
                item("Arrange _Lane", "Shortcut+L", arranging::lanesOfSelection),
                item("Arrange Desi_gn", "Shortcut+Shift+L", arranging::design));

        zoomInItem = item("Zoom _In", "Shortcut+Plus", zoom::zoomIn);
        ToggleGroup overlayGroup = new ToggleGroup();
        Menu overlayMenu = new Menu("_Overlay", null,
                overlayItem("_None", "Shortcut+1", Overlays.Kind.NONE, overlayGroup),
                overlayItem("_Attack Paths from the Internet", "Shortcut+2", Overlays.Kind.ATTACK_PATHS, overlayGroup),
                overlayItem("_Blast Radius of the Selection", "Shortcut+3", Overlays.Kind.BLAST_RADIUS, overlayGroup),
                overlayItem("_Zone Crossings", "Shortcut+4", Overlays.Kind.ZONE_CROSSINGS, overlayGroup));
        Menu view = new Menu("_View", null,
                overlayMenu,
                zoomInItem,
                item("Zoom _Out", "Shortcut+Minus", zoom::zoomOut),
                item("_Actual Size", "Shortcut+0", zoom::actualSize),
                item("_Fit to Window", "Shortcut+9", zoom::fit),
                item("_Review Mode", "F5", review::toggle));
        MenuBar bar = new MenuBar(file, edit, view);
        bar.getMenus().add(help.menu(bar));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu importMenu() {
        Menu menu = new Menu("_Import");
        menu.setId("import-menu");
        menu.getItems().addAll(
                plainItem("_Kubernetes…", () -> imports.ask(ImportDialog.Kind.KUBERNETES)),
                plainItem("_nftables…", () -> imports.ask(ImportDialog.Kind.NFTABLES)),
                plainItem("_iptables…", () -> imports.ask(ImportDialog.Kind.IPTABLES)));
        return menu;
    }

    private static MenuItem plainItem(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private RadioMenuItem overlayItem(String text, String accelerator, Overlays.Kind kind, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(kind == Overlays.Kind.NONE);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> overlays.show(kind));
        return item;
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        for (Path p : recent.files()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (files.confirmDiscard()) {
                    files.open(p);
                }
            });
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    // --- for ReviewMode and tests ---

    @Override
    public DiagramView diagram() {
        return diagram;
    }

    UndoManager undoManager() {
        return undo;
    }

    Selection selection() {
        return selection;
    }

    FileActions files() {
        return files;
    }

    @Override
    public ZoomControl zoom() {
        return zoom;
    }

    Notices notices() {
        return notices;
    }

    Overlays overlays() {
        return overlays;
    }

    Exports exports() {
        return exports;
    }

    GeneratedPanel generated() {
        return generated;
    }

    EditorActions actions() {
        return actions;
    }

    BackgroundWork background() {
        return background;
    }

    Help help() {
        return help;
    }

    Imports imports() {
        return imports;
    }

    ReviewMode review() {
        return review;
    }

    @Override
    public Comparisons comparisons() {
        return comparisons;
    }

    Audits audits() {
        return audits;
    }

    @Override
    public void focusFinding(Finding finding) {
        focus(finding);
    }

    /**
     * Review mode's layout: the diagram read-only and alone in the window's middle, the palette, the
     * inspector and the panels out of sight until the review ends.
     */
    @Override
    public void setPresenting(boolean on) {
        diagram.setReadOnly(on);
        if (on) {
            workDividers = work.getDividerPositions();
            mainDividers = main.getDividerPositions();
            main.getItems().setAll(work);
            work.getItems().setAll(canvas);
        } else {
            work.getItems().setAll(canvas, panels);
            work.setDividerPositions(workDividers);
            main.getItems().setAll(palette, work, inspector);
            main.setDividerPositions(mainDividers);
        }
        main.getScene().getRoot().applyCss();
        main.getScene().getRoot().layout();
    }
}
