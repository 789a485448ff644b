package io.zonewright.ui.review;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.diagram.Legend;
import io.zonewright.ui.diagram.ZoomControl;
import io.zonewright.ui.files.Comparisons;
import io.zonewright.ui.panels.FindingDetail;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A presentation mode for review sessions in front of a projector: read-only, larger type, the diagram
 * alone and zoomed to the room it has, a legend, and the findings stepped through one by one in a strip
 * across the top, each framed on the diagram with its path lit and explained beside it (while a comparison
 * is open, its changes instead).
 */
public final class ReviewMode {

    /** The legend and the finding's explanation beside the diagram. */
    private static final double SIDE_WIDTH = 380;

    /** What review mode asks of the window it presents. */
    public interface Window {
        /** Shows the presentation (or the editor again): editing controls hidden, type at presentation size. */
        void setPresenting(boolean presenting);

        ZoomControl zoom();

        DiagramView diagram();

        /** The comparison open in the window, or null. */
        Comparisons comparisons();

        /** Selects a finding and frames its elements on the diagram. */
        void focusFinding(Finding finding);

        /** The name a finding's element is shown by. */
        String nameOf(String id);
    }

    private final Window window;
    private final ReadOnlyObjectProperty<Report> report;
    private BorderPane root;
    private VBox top;
    /** The strip and the side panel, made when review mode is first entered: a start need not build them. */
    private Presentation presentation;
    private boolean active;
    private int index = -1;

    public ReviewMode(Window window, ReadOnlyObjectProperty<Report> report) {
        this.window = window;
        this.report = report;
        report.addListener((obs, old, r) -> {
            if (active && !comparing()) {
                index = Math.min(index, r.findings().size() - 1);
                describe();
            }
        });
    }

    /** Where review mode shows: its strip in the window's top box, under the menus, its side panel at the right. */
    public void attach(BorderPane windowRoot, VBox windowTop) {
        this.root = windowRoot;
        this.top = windowTop;
    }

    /** The strip across the top and the legend and explanation beside the diagram. */
    private final class Presentation {
        private final HBox toolbar = new HBox(10);
        private final Label current = new Label();
        private final VBox side = new VBox(12);
        private final FindingDetail detail = new FindingDetail(window::nameOf);

        Presentation() {
            detail.setId("review-detail");
            Button previous = new Button("◀ Previous");
            previous.setId("review-previous");
            previous.setOnAction(e -> step(-1));
            Button next = new Button("Next ▶");
            next.setId("review-next");
            next.setOnAction(e -> step(1));
            Button exit = new Button("Exit review");
            exit.setOnAction(e -> toggle());
            current.setId("review-current");
            current.getStyleClass().add("review-current");
            // The finding's text wraps rather than squeezing the buttons to "...": they keep their whole width.
            current.setWrapText(true);
            current.setMinWidth(0);
            current.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(current, Priority.ALWAYS);
            for (Button b : new Button[] {previous, next, exit}) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
            toolbar.getChildren().addAll(previous, next, current, exit);
            toolbar.setId("review-toolbar");
            toolbar.getStyleClass().add("review-toolbar");

            VBox legend = new VBox(4);
            legend.setId("review-legend");
            legend.getStyleClass().add("legend");
            legend.getChildren().addAll(Legend.line("legend-violation", "critical or high finding"),
                    Legend.line("legend-warning", "medium finding"),
                    Legend.line("legend-path", "path of the finding shown"),
                    Legend.line("legend-selected", "elements of the finding shown"),
                    new Label("ports are TCP unless marked"));
            side.setId("review-side");
            side.getStyleClass().add("review-side");
            side.setPrefWidth(SIDE_WIDTH);
            side.setMaxWidth(SIDE_WIDTH);
            VBox.setVgrow(detail, Priority.ALWAYS);
            side.getChildren().addAll(legend, detail);
            top.getChildren().add(Math.min(1, top.getChildren().size()), toolbar);
            root.setRight(side);
        }

        void show(boolean shown) {
            for (Region region : new Region[] {toolbar, side}) {
                region.setVisible(shown);
                region.setManaged(shown);
            }
        }
    }

    public boolean isActive() {
        return active;
    }

    public void toggle() {
        active = !active;
        if (presentation == null) {
            presentation = new Presentation();
        }
        presentation.show(active);
        if (active) {
            root.getStyleClass().add("review");
            window.setPresenting(true);
            window.zoom().present();
            index = -1;
            step(1);
        } else {
            root.getStyleClass().remove("review");
            window.setPresenting(false);
            window.diagram().highlightPath(java.util.List.of());
            window.zoom().frameNewDesign();
        }
    }

    /** The next or previous finding, or change while a comparison is open: a review of a change walks its changes. */
    void step(int by) {
        if (comparing()) {
            var rows = window.comparisons().table().getItems();
            if (rows.isEmpty()) {
                index = -1;
                presentation.current.setText("No changes to review");
                return;
            }
            index = Math.floorMod(index + by, rows.size());
            presentation.detail.show(null, null);
            // Selecting the row selects and frames its elements.
            window.comparisons().table().getSelectionModel().select(index);
            describe();
            return;
        }
        var findings = report.get().findings();
        if (findings.isEmpty()) {
            index = -1;
            presentation.current.setText("No findings to review");
            return;
        }
        index = Math.floorMod(index + by, findings.size());
        Finding f = findings.get(index);
        window.focusFinding(f);
        presentation.detail.show(f, null);
        describe();
    }

    private boolean comparing() {
        return window.comparisons() != null && window.comparisons().isActive();
    }

    private void describe() {
        if (comparing()) {
            var rows = window.comparisons().table().getItems();
            if (index >= 0 && index < rows.size()) {
                Comparisons.Row r = rows.get(index);
                presentation.current.setText((index + 1) + " / " + rows.size() + "   " + r.change() + " " + r.element()
                        + " " + r.id() + (r.details().isEmpty() ? "" : ": " + r.details()));
            }
            return;
        }
        var findings = report.get().findings();
        if (index < 0 || index >= findings.size()) {
            presentation.current.setText(findings.isEmpty() ? "No findings to review" : "");
            return;
        }
        Finding f = findings.get(index);
        presentation.current.setText((index + 1) + " / " + findings.size() + "   " + f.rule() + " " + f.severity().label()
                + ": " + f.message());
    }
}
