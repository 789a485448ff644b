package io.zonewright.ui.files;

import io.zonewright.export.ExportSummary;
import io.zonewright.export.OutputFolder;
import io.zonewright.export.TargetOutput;
import io.zonewright.export.Unexpressed;
import io.zonewright.text.Visible;
import io.zonewright.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What an export did, in a window beside the editor: the summary per target, and the connections a target
 * could not express; selecting one selects and frames it on the diagram.
 */
final class ExportResults {

    private ExportResults() {
    }

    static Stage show(Stage owner, Path folder, List<TargetOutput> outputs, OutputFolder.Outcome outcome,
                      Consumer<String> focusConnection) {
        TextArea summary = new TextArea(ExportSummary.text(outputs, outcome));
        summary.setId("export-summary");
        summary.setEditable(false);
        summary.getStyleClass().add("generated-text");
        summary.setPrefRowCount(10);
        List<Unexpressed> unexpressed = outputs.stream().flatMap(o -> o.unexpressed().stream()).toList();
        ListView<Unexpressed> list = new ListView<>();
        list.setId("export-unexpressed");
        list.getItems().setAll(unexpressed);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Unexpressed u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : u.target().cliName() + "  " + Visible.of(u.subject()) + "  ("
                        + Visible.of(u.place()) + "): " + Visible.of(u.reason()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, u) -> {
            if (u != null) {
                focusConnection.accept(u.subject());
            }
        });
        list.setPlaceholder(new Label("Every connection was expressed by every target."));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(summary, Priority.ALWAYS);
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox root = new VBox(8, new Label("Exported into " + folder), summary,
                new Label("Not expressed (" + unexpressed.size() + "): select one to see it on the diagram"), list, buttons);
        root.setPadding(new Insets(12));
        root.setId("export-results");
        Scene scene = new Scene(root, 760, 600);
        Styles.apply(scene.getStylesheets());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Export results");
        stage.show();
        return stage;
    }
}
