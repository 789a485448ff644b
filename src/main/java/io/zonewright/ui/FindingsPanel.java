package io.zonewright.ui;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.Report;
import io.zonewright.analysis.Severity;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The findings of the live analysis, worst first, filtered by severity and rule. Selecting one frames its
 * elements on the diagram; a finding can be waived from here.
 */
final class FindingsPanel extends VBox {

    private static final String ALL = "all";

    private final TableView<Finding> table = new TableView<>();
    private final ComboBox<String> severity = new ComboBox<>();
    private final ComboBox<String> rule = new ComboBox<>();
    private final ReadOnlyObjectProperty<Report> report;
    private boolean refreshing;

    FindingsPanel(ReadOnlyObjectProperty<Report> report, Consumer<Finding> onSelect, Consumer<Finding> onWaive) {
        this.report = report;
        getStyleClass().add("findings-panel");
        setId("findings");
        table.setId("findings-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("Severity", f -> f.severity().label(), 70));
        table.getColumns().add(Columns.text("Rule", Finding::rule, 60));
        table.getColumns().add(Columns.text("Finding", Finding::message, 500));
        table.setPlaceholder(new Label("No findings"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null) {
                onSelect.accept(f);
            }
        });
        MenuItem waive = new MenuItem("Waive…");
        waive.setOnAction(e -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (f != null) {
                onWaive.accept(f);
            }
        });
        table.setContextMenu(new ContextMenu(waive));
        Button waiveButton = new Button("Waive…");
        waiveButton.setId("waive-button");
        waiveButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        waiveButton.setOnAction(waive.getOnAction());

        severity.setId("severity-filter");
        severity.getItems().add(ALL);
        for (Severity s : Severity.values()) {
            severity.getItems().add(s.label());
        }
        severity.setValue(ALL);
        rule.setId("rule-filter");
        rule.setValue(ALL);
        severity.valueProperty().addListener((obs, old, v) -> refresh());
        rule.valueProperty().addListener((obs, old, v) -> refresh());
        HBox filters = new HBox(8, new Label("Severity"), severity, new Label("Rule"), rule, waiveButton);
        filters.getStyleClass().add("filters");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filters, table);
        report.addListener((obs, old, r) -> refresh());
        refresh();
    }

    private void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            fill(report.get());
        } finally {
            refreshing = false;
        }
    }

    private void fill(Report r) {
        String chosenRule = rule.getValue();
        rule.getItems().setAll(ALL);
        r.findings().stream().map(Finding::rule).distinct().sorted().forEach(rule.getItems()::add);
        rule.setValue(rule.getItems().contains(chosenRule) ? chosenRule : ALL);
        table.setItems(FXCollections.observableArrayList(r.findings().stream()
                .filter(f -> ALL.equals(severity.getValue()) || f.severity().label().equals(severity.getValue()))
                .filter(f -> ALL.equals(rule.getValue()) || f.rule().equals(rule.getValue()))
                .toList()));
    }

    TableView<Finding> table() {
        return table;
    }
}
