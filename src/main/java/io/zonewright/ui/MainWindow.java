package io.zonewright.ui;

import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyWriter;
import io.zonewright.model.Topology;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/** The editor's window: menus, the diagram, the findings panel and the status bar. */
public final class MainWindow {

    private final Stage stage;
    private final Document document;
    private final LiveAnalysis analysis;
    private final DiagramView diagram = new DiagramView();
    private final StatusBar status = new StatusBar();

    public MainWindow(Stage stage, Document document) {
        this.stage = stage;
        this.document = document;
        this.analysis = new LiveAnalysis(document);

        ScrollPane canvas = new ScrollPane(diagram);
        canvas.setId("canvas");
        canvas.setPannable(true);
        FindingsPanel findings = new FindingsPanel(analysis.reportProperty());
        SplitPane split = new SplitPane(canvas, findings);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);

        status.setId("status");
        status.setText("Analysing…");

        BorderPane root = new BorderPane(split);
        root.setTop(menus());
        root.setBottom(status);

        diagram.show(document.topology());
        document.topologyProperty().addListener((obs, old, topology) -> diagram.show(topology));
        analysis.reportProperty().addListener((obs, old, report) -> {
            diagram.showFindings(report);
            status.setText(StatusSummary.of(report));
        });

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("zonewright.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(document.titleProperty());
        stage.setOnHidden(e -> analysis.close());
    }

    public void show() {
        stage.show();
    }

    public Document document() {
        return document;
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_New", "Shortcut+N", this::newDesign),
                item("_Open…", "Shortcut+O", this::open),
                item("_Save", "Shortcut+S", this::save),
                item("Save _As…", "Shortcut+Shift+S", this::saveAs),
                item("_Quit", "Shortcut+Q", stage::close));
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void newDesign() {
        document.replace(Document.empty(), null);
    }

    private void open() {
        FileChooser chooser = designChooser("Open a design");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens a file; a broken one is reported in a dialog and the current design stays open. */
    public boolean open(Path file) {
        LoadResult result = DesignLoader.file(file);
        if (!result.isValid()) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("Cannot open the design");
            alert.setHeaderText(file.getFileName() + " cannot be opened");
            alert.setContentText(DesignLoader.describe(result));
            alert.show();
            return false;
        }
        document.replace(result.topology(), file);
        return true;
    }

    private void save() {
        if (document.fileProperty().get() == null) {
            saveAs();
        } else {
            saveTo(document.fileProperty().get());
        }
    }

    private void saveAs() {
        File chosen = designChooser("Save the design").showSaveDialog(stage);
        if (chosen != null) {
            saveTo(chosen.toPath());
        }
    }

    private void saveTo(Path file) {
        Topology topology = document.topology();
        try {
            TopologyWriter.save(topology, file);
            document.fileProperty().set(file);
            document.dirtyProperty().set(false);
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "The design was not saved: " + e.getMessage()
                    + "\nThe file on disk is unchanged.");
            alert.initOwner(stage);
            alert.setHeaderText("Cannot save " + file.getFileName());
            alert.show();
        }
    }

    private static FileChooser designChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zonewright designs", "*.yaml", "*.yml"));
        return chooser;
    }

    DiagramView diagram() {
        return diagram;
    }
}
