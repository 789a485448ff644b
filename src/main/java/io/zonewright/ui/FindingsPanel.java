package io.zonewright.ui;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The findings of the live analysis, worst first. */
final class FindingsPanel extends VBox {

    private final TableView<Finding> table = new TableView<>();

    FindingsPanel(ReadOnlyObjectProperty<Report> report) {
        getStyleClass().add("findings-panel");
        setId("findings");
        Label title = new Label("Findings");
        title.getStyleClass().add("panel-title");
        table.setId("findings-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Severity", f -> f.severity().label(), 70));
        table.getColumns().add(column("Rule", Finding::rule, 60));
        table.getColumns().add(column("Finding", Finding::message, 400));
        table.setPlaceholder(new Label("No findings"));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, table);
        report.addListener((obs, old, r) -> table.setItems(FXCollections.observableArrayList(r.findings())));
        table.setItems(FXCollections.observableArrayList(report.get().findings()));
    }

    TableView<Finding> table() {
        return table;
    }

    private static TableColumn<Finding, String> column(String name, java.util.function.Function<Finding, String> value,
                                                       double width) {
        TableColumn<Finding, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
