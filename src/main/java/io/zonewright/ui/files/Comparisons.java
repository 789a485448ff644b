package io.zonewright.ui.files;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Finding;
import io.zonewright.compare.DesignDiff;
import io.zonewright.compare.Drift;
import io.zonewright.io.GitRevision;
import io.zonewright.io.TopologyReader;
import io.zonewright.model.Topology;
import io.zonewright.report.DiffFormat;
import io.zonewright.ui.common.BackgroundWork;
import io.zonewright.ui.common.Columns;
import io.zonewright.ui.common.Latest;
import io.zonewright.ui.diagram.ChangeMarks;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.document.Document;
import io.zonewright.ui.document.Selection;
import io.zonewright.ui.panels.PanelTabs;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * File ▸ Compare With…: the open design against another version (a file, or the file at a git revision),
 * compared again after every edit, off the user-interface thread. What the open design adds is green on
 * the diagram, what it widens amber, what it removed dashed red where it was; the Changes tab lists every
 * change, flow and finding, and new attack paths are lit.
 */
public final class Comparisons {

    /** A line of the Changes tab. {@code ids} are what it selects on the diagram. */
    public record Row(String change, String element, String id, String details, List<String> ids) {
    }

    private final Stage stage;
    private final Document document;
    private final BackgroundWork work;
    private final DiagramView diagram;
    private final Selection selection;
    private final TabPane panels;
    private final Tab tab = new Tab("Changes");
    private final TableView<Row> table = new TableView<>();
    private final Label summary = new Label();
    private final Latest latest = new Latest("zonewright-compare");
    private Topology other;
    private String otherName;

    public Comparisons(Stage stage, Document document, BackgroundWork work, DiagramView diagram, Selection selection, TabPane panels,
                Consumer<List<String>> frame) {
        this.stage = stage;
        this.document = document;
        this.work = work;
        this.diagram = diagram;
        this.selection = selection;
        this.panels = panels;
        table.setId("changes-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(Columns.text("Change", Row::change, 90), Columns.text("Element", Row::element, 90),
                Columns.text("Id", Row::id, 220), Columns.text("Details", Row::details, 600)));
        table.setPlaceholder(new Label("No change: the two versions are the same"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                List<String> present = row.ids().stream().filter(id -> document.topology().service(id) != null
                        || document.topology().connection(id) != null).toList();
                selection.setAll(present);
                frame.accept(present);
            }
        });
        summary.setId("changes-summary");
        Button close = new Button("Close Comparison");
        close.setId("changes-close");
        close.setOnAction(e -> close());
        // The summary gives way to the button: a long one is cut, never the button.
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, summary, close);
        bar.getStyleClass().add("filters");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(bar, table);
        content.getStyleClass().add("findings-panel");
        tab.setContent(content);
        tab.setId("changes-tab");
        tab.setClosable(false);
        document.topologyProperty().addListener((obs, old, t) -> refresh());
    }

    /** Asks for the other version's file. */
    public void askFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Compare with");
        Path current = document.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zonewright designs", "*.yaml", "*.yml"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            compareWith(chosen.toPath());
        }
    }

    /** Asks for a git revision of the open design's file. */
    public void askRevision() {
        Path file = document.fileProperty().get();
        if (file == null) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    "Save the design in a git repository first: a revision is of a file.").show();
            return;
        }
        TextInputDialog ask = new TextInputDialog("HEAD");
        ask.initOwner(stage);
        ask.setTitle("Compare with a git revision");
        ask.setHeaderText("Compare the open design with " + file.getFileName() + " as it was at:");
        ask.showAndWait().map(String::strip).filter(r -> !r.isEmpty()).ifPresent(rev -> compareWithRevision(file, rev));
    }

    public void compareWith(Path file) {
        start(String.valueOf(file.getFileName()), progress -> BackgroundWork.ReadFailure.unlessValid(TopologyReader.read(file)));
    }

    void compareWithRevision(Path file, String revision) {
        start(revision + ":" + file.getFileName(), progress -> {
            try {
                return BackgroundWork.ReadFailure.unlessValid(TopologyReader.parse(GitRevision.read(file, revision), revision + ":" + file));
            } catch (java.io.IOException e) {
                throw new BackgroundWork.ReadFailure(file + ": " + e.getMessage());
            }
        });
    }

    private void start(String name, BackgroundWork.Work<Topology> read) {
        work.start("Compare", read, topology -> {
            other = topology;
            otherName = name;
            PanelTabs.show(panels, tab);
            refresh();
        });
    }

    public boolean isActive() {
        return other != null;
    }

    public TableView<Row> table() {
        return table;
    }

    public String summary() {
        return summary.getText();
    }

    private void refresh() {
        if (other == null) {
            return;
        }
        Topology now = document.topology();
        Topology was = other;
        latest.run(() -> DesignDiff.of(was, now, AnalysisOptions.defaults()), diff -> show(diff, was),
                failure -> summary.setText("The comparison failed (" + io.zonewright.text.Visible.of(String.valueOf(failure)) + ")"));
    }

    private void show(DesignDiff diff, Topology was) {
        List<Row> rows = new ArrayList<>();
        for (DesignDiff.Change c : diff.changes()) {
            rows.add(new Row(c.kind().name().toLowerCase(Locale.ROOT), c.element(), c.id(), c.text(), List.of(c.id())));
        }
        for (Drift d : diff.flows()) {
            rows.add(new Row(DiffFormat.word(d.kind()), "flow", d.from().label() + " -> " + d.to().label(), d.ports().toString(),
                    List.of(d.from().label(), d.to().label())));
        }
        for (Finding f : diff.introduced()) {
            rows.add(new Row("new", "finding", f.rule() + " " + f.target(), f.message(), f.elements()));
        }
        for (Finding f : diff.resolved()) {
            rows.add(new Row("resolved", "finding", f.rule() + " " + f.target(), f.message(), List.of()));
        }
        table.setItems(FXCollections.observableArrayList(rows));
        diagram.showChanges(ChangeMarks.of(diff, was));
        diagram.highlightPaths(diff.introduced().stream().filter(f -> f.rule().equals("ZW201")).map(Finding::path).toList());
        // Last: the summary says the comparison is shown.
        summary.setText("Against " + otherName + ": " + DiffFormat.summary(diff));
    }

    void close() {
        other = null;
        latest.cancel();
        diagram.showChanges(ChangeMarks.NONE);
        diagram.highlightPaths(List.of());
        PanelTabs.remove(panels, tab);
    }
}
